#!/usr/bin/env python3
"""Generate the ninth HateCheck-style evaluation set for the Dutch screening engine.

How the set was written
-----------------------
The statements were written from general knowledge of Dutch (and some Flemish)
as it is used on social media and in speech, following the functional tests of
HateCheck (Roettger et al. 2021, "HateCheck: Functional Tests for Hate Speech
Detection Models").  The engine, its lexicon and its documentation were NOT
read while writing this file, and the engine was not run; the set is meant to
be an independent check.  Covered functions:

  * explicit hatred ("ik haat X"), contempt and inferiority ("X zijn dom/lui/vies")
  * dehumanisation ("X zijn ongedierte/beesten/parasieten") and comparisons
    ("X zijn net ratten", "mijn hond is meer waard dan een X")
  * direct threats ("ik steek die X neer") and normative threats ("alle X moeten dood")
  * calls to exclude ("X eruit", "geen X in onze buurt", "stuur ze terug")
  * hate without a hostile keyword ("X horen niet in dit land")
  * rhetorical questions, sarcasm, opinions, hate phrased with die/al die/jullie/
    zulke X, singular generic statements ("een vrouw hoort ...")
  * slurs aimed at a person
  * spelling variation: one trick per row on the group word or the hostile word
  * contrasts that are not hateful but share wording with the hateful rows:
    neutral and positive statements about a group, negated hate, counter-speech
    that quotes or rejects hate, and rows without any protected group (objects,
    animals, named individuals, unprotected groups, homonyms).

Templates are mixed with group-specific statements (stereotypes and tropes that
really circulate about that group) so that the set is not one template crossed
with every group.  Templates carry markers: the group word is written between
U+27E6/U+27E7 and hostile words between guillemets; the markers tell the
spelling tricks where they may act and are removed before writing.

Label scheme (third column)
---------------------------
  <group>/<trick>               hateful statement about <group>.  trick is
                                gewoon (no trick) or one of
                                weggelaten  one letter deleted in the group or hostile word
                                verwisseld  two adjacent letters swapped
                                verdubbeld  a letter doubled
                                aaneen      two or more words run together
                                spaties     letters of a word spaced out ("m o s l i m s")
                                cijfers     digits for letters ("j0den")
                                tekens      signs for or inside letters ("m*slims", "h.o.m.o.s")
  <group>/scheldwoord           slur aimed at a person (member of <group>)
  <group>/scheldwoord-<trick>   the same with one spelling trick
  <kind>/<group>                not hateful; kind is neutraal, positief,
                                ontkenning (negated hate) or tegenspraak
                                (counter-speech quoting or rejecting hate)
  geen_groep/<kind>             no protected group; kind is object, dier,
                                persoon, ongeschermde_groep or homoniem
The first column (grounds) is the protected ground of the target for hateful
rows (herkomst, godsdienst, antisemitisme, seksuele_gerichtheid,
genderidentiteit, geslacht, handicap, leeftijd) and "-" for rows that are not
hateful.

Split
-----
A row is held out when sha256("hc9:" + text)[0] % 10 < 3; those rows go to
hatecheck-heldout9.tsv, the rest to hatecheck-dev9.tsv.  All variation comes
from random.Random(9), so the output is deterministic.

Run from screen/testdata:  python3 genhc9.py
"""

import hashlib
import os
import random
import re
from collections import Counter

RNG = random.Random(9)

GO, GC = "\u27e6", "\u27e7"   # group-word markers
HO, HC = "\u00ab", "\u00bb"   # hostile-word markers

GROUNDS = ("herkomst", "godsdienst", "antisemitisme", "seksuele_gerichtheid",
           "genderidentiteit", "geslacht", "handicap", "leeftijd")
TRICKS = ("weggelaten", "verwisseld", "verdubbeld", "aaneen", "spaties",
          "cijfers", "tekens")

# ---------------------------------------------------------------------------
# Groups.  P: plural forms used in hateful rows, Pn: plural forms for
# not-hateful rows, S: singular forms (all de-words), SL: slurs as
# (word, gender of the noun, may take an adjective), big: at least 25 hateful
# rows wanted, herk: gets the "go back to your country" templates.
# ---------------------------------------------------------------------------
GROUPS = {
    "vrouwen": dict(g="geslacht", P=["vrouwen"], S=["vrouw"],
                    SL=[("hoer", "de", 1), ("slet", "de", 1), ("wijf", "het", 1), ("trut", "de", 1)],
                    big=True),
    "zwarten": dict(g="herkomst", P=["zwarten", "zwarten", GO + "zwarte" + GC + " mensen"],
                    Pn=[GO + "zwarte" + GC + " mensen", GO + "zwarte" + GC + " Nederlanders"],
                    S=["zwarte"],
                    SL=[("neger", "de", 1), ("bosneger", "de", 1), ("roetmop", "de", 1)],
                    big=True, herk=True),
    "moslims": dict(g="godsdienst", P=["moslims"], S=["moslim"],
                    SL=[("geitenneuker", "de", 1), ("baardaap", "de", 1)],
                    big=True, herk=True),
    "joden": dict(g="antisemitisme", P=["joden", "joden", "Joden"], S=["jood", "Jood"],
                  SL=[("smous", "de", 1), ("kankerjood", "de", 0), ("rotjood", "de", 0)],
                  big=True),
    "homos": dict(g="seksuele_gerichtheid", P=["homo's", "homo's", "homos"], Pn=["homo's"],
                  S=["homo"],
                  SL=[("flikker", "de", 1), ("mietje", "het", 1), ("poot", "de", 1), ("nicht", "de", 1)]),
    "lesbiennes": dict(g="seksuele_gerichtheid", P=["lesbiennes", "lesbiennes", "lesbo's"],
                       Pn=["lesbiennes", "lesbische vrouwen"], S=["lesbienne"],
                       SL=[("pot", "de", 1), ("manwijf", "het", 1), ("lesbo", "de", 1)],
                       big=True),
    "transgenders": dict(g="genderidentiteit", P=["transgenders", "transgenders", "transpersonen"],
                         S=["transgender", "transvrouw"],
                         SL=[("travo", "de", 1), ("shemale", "de", 1)],
                         big=True),
    "gehandicapten": dict(g="handicap", P=["gehandicapten", "gehandicapten",
                                            "mensen met een " + GO + "beperking" + GC],
                          S=["gehandicapte"],
                          SL=[("mongool", "de", 1), ("spast", "de", 1), ("mongooltje", "het", 1),
                              ("kasplant", "de", 1)],
                          big=True),
    "blinden": dict(g="handicap", P=["blinden", "blinden", GO + "blinde" + GC + " mensen"],
                    S=["blinde"], SL=[], big=True),
    "doven": dict(g="handicap", P=["doven", GO + "dove" + GC + " mensen"], S=["dove"], SL=[]),
    "ouderen": dict(g="leeftijd", P=["ouderen", "ouderen", "bejaarden", "oudjes"],
                    S=["oudere", "bejaarde"],
                    SL=[("ouwe zak", "de", 0), ("fossiel", "het", 1), ("ouwe taart", "de", 0)],
                    big=True),
    "jongeren": dict(g="leeftijd", P=["jongeren", "jongeren", "jongelui"], S=["jongere"],
                     SL=[("snotaap", "de", 1), ("snotneus", "de", 1), ("melkmuil", "de", 1)],
                     big=True),
    "polen": dict(g="herkomst", P=["Polen"], S=["Pool"],
                  SL=[("polak", "de", 1), ("oostblokker", "de", 1)], big=True, herk=True),
    "marokkanen": dict(g="herkomst", P=["Marokkanen"], S=["Marokkaan"],
                       SL=[("kutmarokkaan", "de", 0), ("makak", "de", 1)], herk=True),
    "turken": dict(g="herkomst", P=["Turken"], S=["Turk"],
                   SL=[("kutturk", "de", 0), ("bergturk", "de", 1)], herk=True),
    "surinamers": dict(g="herkomst", P=["Surinamers"], S=["Surinamer"],
                       SL=[("koelie", "de", 1)], herk=True),
    "vluchtelingen": dict(g="herkomst", P=["vluchtelingen", "vluchtelingen", "asielzoekers"],
                          S=["vluchteling", "asielzoeker"],
                          SL=[("gelukszoeker", "de", 1), ("asielparasiet", "de", 1)],
                          big=True, herk=True),
    "roma": dict(g="herkomst", P=["Roma", "Roma", "zigeuners"], Pn=["Roma"], S=["Roma"],
                 SL=[("zigeuner", "de", 1)], herk=True),
    "chinezen": dict(g="herkomst", P=["Chinezen"], S=["Chinees"],
                     SL=[("spleetoog", "de", 1), ("pindachinees", "de", 1)], herk=True),
    "antillianen": dict(g="herkomst", P=["Antillianen"], S=["Antilliaan"],
                        SL=[("kutantilliaan", "de", 0)], herk=True),
    "biseksuelen": dict(g="seksuele_gerichtheid", P=["biseksuelen"], S=["biseksueel"], SL=[]),
    "autisten": dict(g="handicap", P=["autisten", "autisten", "mensen met " + GO + "autisme" + GC],
                     S=["autist"], SL=[]),
    "moslima": dict(g="godsdienst", P=["moslima's"], S=["moslima"],
                    SL=[("kopvod", "het", 0)], herk=True),
    "christenen": dict(g="godsdienst", P=["christenen"], S=["christen"], SL=[]),
    "aziaten": dict(g="herkomst", P=["Aziaten"], S=["Aziaat"], SL=[], herk=True),
}
# homos has plenty of specific rows; mark as big too so it gets enough rows
GROUPS["homos"]["big"] = True

# ---------------------------------------------------------------------------
# Hateful templates valid for (almost) every group.  Either a string or
# (string, set of groups for which it does not make sense).
# ---------------------------------------------------------------------------
HATE_GEN = [
    "Ik \u00abhaat\u00bb {P}.",
    "Ik \u00abhaat\u00bb alle {P}, stuk voor stuk.",
    "Ik \u00abhaat\u00bb die {P} met heel mijn hart.",
    "Ik kan {P} echt niet uitstaan.",
    "{P} zijn \u00abwalgelijk\u00bb.",
    "{P} zijn \u00abuitschot\u00bb.",
    "{P} zijn allemaal \u00abtuig\u00bb.",
    "Wat een \u00abwalgelijke\u00bb mensen zijn die {P} toch.",
    "{P} zijn \u00abongedierte\u00bb.",
    "{P} zijn \u00abbeesten\u00bb, geen mensen.",
    "{P} zijn \u00abparasieten\u00bb die op onze zak leven.",
    "{P} zijn net \u00abratten\u00bb.",
    "{P} zijn \u00abkakkerlakken\u00bb en die moet je uitroeien.",
    "{P} zijn een \u00abplaag\u00bb voor dit land.",
    "{P} zijn \u00abminderwaardig\u00bb.",
    "{P} zijn gewoon te \u00abdom\u00bb voor woorden.",
    "{P} zijn \u00ablui\u00bb en \u00abvies\u00bb.",
    "Al die {P} \u00abstinken\u00bb.",
    "{P} zijn \u00absmerig\u00bb, dat weet iedereen.",
    "Alle {P} moeten \u00abdood\u00bb.",
    "{P} moeten \u00abafgemaakt\u00bb worden.",
    "Ze zouden alle {P} moeten \u00abvergassen\u00bb.",
    "Zet alle {P} tegen de muur.",
    "Ik wil al die {P} \u00abdood\u00bb zien.",
    "Als het aan mij lag, werden {P} allemaal \u00abopgehangen\u00bb.",
    "{P} eruit!",
    "Geen {P} in onze buurt.",
    "{P} horen niet in dit land.",
    "{P} mogen hier niet binnen.",
    "Wij willen geen {P} in ons bedrijf.",
    "Ik zou nooit een {S} aannemen.",
    "Ik wil niet naast een {S} wonen.",
    "Waarom zijn {P} altijd zo \u00ablui\u00bb?",
    "Waarom zijn {P} toch altijd zo \u00abirritant\u00bb?",
    "Waarom mogen {P} eigenlijk nog stemmen?",
    "Waarom laten we {P} \u00fcberhaupt nog binnen?",
    "Wie wil er nou {P} in zijn straat?",
    "Zijn {P} nou echt zo \u00abdom\u00bb of doen ze alsof?",
    "Ja hoor, {P} zijn echt een verrijking voor dit land \U0001f644",
    "Geweldig, weer een {S} in de straat. Daar zaten we nou echt op te wachten.",
    "Oh, {P} zijn z\u00f3 slim. Echt waar. Not.",
    "Nee hoor, {P} zijn helemaal niet \u00abvies\u00bb, ze \u00abstinken\u00bb alleen een beetje.",
    "{P} zijn erger dan \u00abhonden\u00bb.",
    "Mijn hond is meer waard dan een {S}.",
    "Zelfs een \u00abrat\u00bb is slimmer dan een {S}.",
    "Die {P} zijn nog minder waard dan vuilnis.",
    "Jullie {P} zijn allemaal hetzelfde: \u00abwaardeloos\u00bb.",
    "Jullie {P} moeten je kop houden.",
    "Al die {P} verpesten alles.",
    "Zulke {P} moet je niet in je huis willen.",
    "Ik heb nog nooit een {S} ontmoet die niet \u00abdom\u00bb was.",
    "Een {S} is nooit te vertrouwen.",
    "Een {S} is geen echt mens.",
    "Ik vind dat {P} geen rechten zouden moeten hebben.",
    "Volgens mij zijn {P} gewoon een \u00abziekte\u00bb.",
    "Eerlijk gezegd vind ik {P} \u00abminderwaardig\u00bb.",
    "{P} zijn nergens welkom.",
    "Er is niks mis met {P} \u00abhaten\u00bb.",
    "Het wordt tijd dat iemand die {P} eens flink aanpakt.",
    "Fuck alle {P}.",
    "{P} zijn \u00abkankertuig\u00bb.",
    "Ik steek elke {S} neer die ik tegenkom.",
    "Ik steek die {S} van hiernaast neer als die nog \u00e9\u00e9n keer langskomt.",
    "Ik ga die {S} van de overkant in elkaar \u00abslaan\u00bb.",
    "Ik zweer het, ik maak die {P} allemaal \u00abkapot\u00bb.",
    "Wacht maar, wij gaan jullie {P} te grazen nemen.",
    "Ik zou die {P} het liefst allemaal in de fik steken.",
    "Die {P} verdienen een kogel.",
    "Een goede {S} is een dode {S}.",
    "{P} horen niet bij ons.",
    "Met {P} moet je geen medelijden hebben.",
    "Niemand zit op {P} te wachten.",
    "{P} zijn een \u00ablast\u00bb voor de maatschappij.",
    "{P} kosten ons alleen maar geld.",
    ("Ik schaam me dat er {P} in mijn familie zitten.", {"vrouwen", "ouderen", "jongeren"}),
    "Wat mij betreft mogen {P} verdwijnen.",
    "De wereld zou beter af zijn zonder {P}.",
    "Ik word \u00abmisselijk\u00bb van {P}.",
    "{P} zouden opgesloten moeten worden.",
    "{P} moeten we gewoon \u00abuitroeien\u00bb.",
    # Flemish
    "Ik kan die {P} nie luchten.",
    "Ze moeten die {P} allemaal buitensmijten.",
    "Da's toch allemaal \u00abprofiteurs\u00bb, die {P}.",
    "Ge moogt die {P} hier nie binnenlaten.",
    "Die {P} zijn gelijk \u00abbeesten\u00bb, echt waar.",
    "Allez, weer {P} die alles komen verpesten.",
    "Die \u00abvuile\u00bb {P} moeten hier weg, zenne.",
    "Awel, {P} zijn en blijven \u00abachterlijk\u00bb.",
]

# Templates for groups that are told to "go back" (origin, and Muslims)
HATE_HERK = [
    "Stuur al die {P} terug naar hun eigen land.",
    "{P} zijn geen echte Nederlanders en worden het ook nooit.",
    "Jullie {P} moeten terug naar jullie eigen land.",
    "Nederland is vol, geen {P} meer erbij.",
    "Wij waren hier eerst, {P} hebben hier niks te zoeken.",
    "Die {P} komen hier alleen voor onze uitkeringen.",
    "Ik wil geen {P} in de klas van mijn kinderen.",
    "Zet die {P} allemaal op den boot terug.",
    "Tuurlijk, laten we nog meer {P} binnenhalen, gaat vast heel goed.",
    "Pak je spullen en rot op naar je eigen land, \u00abvuile\u00bb {S}.",
]


def g(w):
    return GO + w + GC


def h(w):
    return HO + w + HC


# Group-specific hateful statements (markers written inline).
HATE_SPEC = {
    "vrouwen": [
        "Een " + g("vrouw") + " hoort in de keuken, niet op de werkvloer.",
        g("Vrouwen") + " zijn te " + h("dom") + " om auto te rijden.",
        "Een " + g("vrouw") + " moet gewoon haar mond houden als mannen praten.",
        g("Vrouwen") + " zijn alleen goed voor koken en kinderen krijgen.",
        g("Vrouwen") + " zouden geen stemrecht moeten hebben.",
        "Waarom denken " + g("vrouwen") + " altijd dat ze iets te zeggen hebben?",
        g("Wijven") + " zijn allemaal " + h("hysterisch") + ".",
        "Nooit een " + g("vrouw") + " als baas, die kunnen niks.",
        g("Vrouwen") + " die werken zijn " + h("mislukte") + " moeders.",
        "Een " + g("vrouw") + " die nee zegt, bedoelt eigenlijk ja.",
        g("Vrouwen") + " verdienen minder omdat ze minder waard zijn.",
        "Ge moet een " + g("vrouw") + " af en toe een klets geven, dan luistert ze wel.",
        g("Vrouwen") + " zijn " + h("emotionele") + " wezens die niet kunnen nadenken.",
        "Ja hoor, laat een " + g("vrouw") + " het land maar leiden, wat kan er misgaan \U0001f644",
    ],
    "zwarten": [
        g("Zwarten") + " zijn net " + h("apen") + ".",
        g("Zwarte") + " mensen zijn van nature " + h("dommer") + ".",
        "Ik wil geen " + g("zwarte") + " als schoonzoon.",
        "Die " + g("zwarten") + " horen terug in de jungle.",
        "Waarom zijn " + g("zwarten") + " altijd zo " + h("agressief") + "?",
        g("Zwarten") + " zijn allemaal " + h("criminelen") + ".",
        "Een " + g("zwarte") + " kan nooit een echte Nederlander zijn.",
        "Ik stap niet in een taxi met een " + g("zwarte") + " chauffeur.",
        g("Zwarten") + " moeten weer aan de ketting.",
        "Alle " + g("zwarten") + " het land uit.",
        "Kijk die " + g("zwarte") + " nou, die hoort in een dierentuin.",
        "Vroeger wisten " + g("zwarten") + " tenminste hun plaats.",
    ],
    "moslims": [
        g("Moslims") + " zijn allemaal " + h("terroristen") + ".",
        "Elke " + g("moslim") + " is een potenti\u00eble " + h("terrorist") + ".",
        g("Moslims") + " eruit, Nederland is van ons.",
        "Geen " + g("moslims") + " meer in de Tweede Kamer.",
        "Ik vertrouw geen enkele " + g("moslim") + ".",
        g("Moslims") + " fokken als " + h("konijnen") + ".",
        "Sluit alle moskee\u00ebn en zet de " + g("moslims") + " op het vliegtuig.",
        g("Moslims") + " zijn " + h("barbaren") + " uit de middeleeuwen.",
        "Een goede " + g("moslim") + " bestaat niet.",
        "Waarom moeten wij " + g("moslims") + " eigenlijk tolereren?",
        g("Moslims") + " horen niet in Europa.",
        "Die " + g("moslims") + " met hun baarden zijn gewoon " + h("geiten") + ".",
    ],
    "joden": [
        g("Joden") + " hebben te veel macht in de wereld.",
        g("Joden") + " beheersen de banken en de media.",
        "Hitler had gelijk over de " + g("joden") + ".",
        "Ze hadden alle " + g("joden") + " moeten " + h("vergassen") + ".",
        "Een " + g("jood") + " denkt alleen maar aan geld.",
        g("Joden") + " zijn " + h("gierig") + " en " + h("sluw") + ".",
        "Ik koop niks bij een " + g("jood") + ".",
        g("Joden") + " zitten achter elke oorlog.",
        "Waarom zijn " + g("joden") + " altijd zo " + h("hebberig") + "?",
        "Hamas, Hamas, " + g("joden") + " aan het gas!",
        "Ze zouden de " + g("joden") + " weer op de trein moeten zetten.",
        "Er zitten veel te veel " + g("joden") + " in de regering.",
    ],
    "homos": [
        g("Homo's") + " zijn " + h("ziek") + " in hun hoofd.",
        "Ik wil geen " + g("homo's") + " in mijn kleedkamer.",
        g("Homo's") + " moeten genezen worden.",
        "Twee mannen die zoenen, " + h("walgelijk") + ". " + g("Homo's") + " moeten dat binnen houden.",
        g("Homo's") + " zijn een " + h("gevaar") + " voor kinderen.",
        "Als mijn zoon " + g("homo") + " is, zet ik hem op straat.",
        g("Homo's") + " horen niet in de kerk en ook niet in deze straat.",
        "Waarom moeten " + g("homo's") + " altijd zo " + h("overdreven") + " doen?",
        g("Homos") + " van het dak gooien, dan ben je ervan af.",
        "Een " + g("homo") + " is geen echte man.",
        "Die " + g("homo's") + " met hun regenboogvlaggen moeten oprotten.",
        g("Homo's") + " zijn " + h("viezeriken") + ".",
    ],
    "lesbiennes": [
        g("Lesbiennes") + " hebben gewoon nog nooit een echte man gehad.",
        g("Lesbiennes") + " zijn " + h("walgelijk") + ".",
        "Ik wil geen " + g("lesbiennes") + " als juf voor mijn kinderen.",
        g("Lesbiennes") + " moeten gewoon een keer een echte vent krijgen, dan zijn ze genezen.",
        g("Lesbiennes") + " zijn " + h("mislukte") + " vrouwen.",
        "Twee " + g("lesbiennes") + " die een kind adopteren? " + h("Kindermishandeling") + " is dat.",
        g("Lesbiennes") + " verpesten het damesvoetbal.",
        "Waarom zijn " + g("lesbiennes") + " altijd zo " + h("lelijk") + "?",
        "Die " + g("lesbiennes") + " van hiernaast moeten verhuizen, ik wil ze hier niet.",
        "Ik zou mijn dochter verstoten als ze " + g("lesbisch") + " werd.",
        g("Lesbo's") + " zijn " + h("ziek") + ".",
        "Een " + g("lesbienne") + " is geen echte vrouw.",
        g("Lesbiennes") + " zijn gewoon " + h("mannenhaters") + ".",
    ],
    "polen": [
        g("Polen") + " pikken onze banen.",
        g("Polen") + " zijn allemaal " + h("zuipschuiten") + ".",
        "Al die " + g("Polen") + " in het Westland zijn " + h("dieven") + ".",
        g("Polen") + " eruit, terug naar Warschau.",
        "Waar een " + g("Pool") + " woont, wordt gestolen.",
        "Verhuur nooit aan " + g("Polen") + ", die slopen je huis.",
        "Waarom liggen " + g("Polen") + " altijd dronken in het park?",
        g("Polen") + " zijn " + h("tuig") + " uit het Oostblok.",
        "Een " + g("Pool") + " in de buurt en je fiets is weg.",
        "Die " + g("Polen") + " moeten ze allemaal in een bus terugsturen.",
        "Geen " + g("Polen") + " meer op de camping, alleen maar gezeik.",
        g("Polen") + " zijn zo " + h("dom") + " als het achtereind van een varken.",
    ],
    "blinden": [
        g("Blinden") + " zijn een " + h("last") + " voor iedereen.",
        "Waarom laten ze " + g("blinden") + " eigenlijk alleen over straat lopen?",
        g("Blinden") + " met die stokken horen niet in de trein.",
        "Een " + g("blinde") + " kan toch niks, waarom zou je die aannemen?",
        g("Blinden") + " en hun honden moeten buiten blijven.",
        g("Blinden") + " zijn " + h("nutteloos") + ".",
        "Ik word " + h("misselijk") + " van " + g("blinden") + " met die rare ogen.",
        "Een " + g("blinde") + " hoort thuis te blijven, niet op straat.",
        g("Blinden") + " zouden geen kinderen mogen krijgen.",
        "Waarom moeten wij betalen voor " + g("blinden") + "?",
        "Laat die " + g("blinden") + " maar tegen een paal lopen, net goed.",
        g("Blinde") + " mensen zijn " + h("zielig") + " en " + h("waardeloos") + ".",
    ],
    "jongeren": [
        g("Jongeren") + " van tegenwoordig zijn " + h("tuig") + ".",
        "Al die " + g("jongeren") + " moet je gewoon opsluiten.",
        g("Jongeren") + " zijn " + h("lui") + " en verwend.",
        g("Jongeren") + " horen niet in ons dorp, ze verpesten alles.",
        "Een " + g("jongere") + " is per definitie niet te vertrouwen.",
        g("Jongeren") + " moeten hun bek houden en luisteren.",
        g("Jongeren") + " mogen wat mij betreft nooit meer stemmen.",
        g("Jongeren") + " zijn " + h("parasieten") + " die op kosten van hun ouders leven.",
        "Waarom zijn " + g("jongeren") + " altijd zo " + h("brutaal") + "?",
        g("Jongelui") + " van nu zijn niks waard.",
        "Geen " + g("jongeren") + " in mijn winkel, die jatten alleen maar.",
        g("Jongeren") + " zijn " + h("dom") + ", ze kunnen niet eens een brief schrijven.",
    ],
    "vluchtelingen": [
        g("Vluchtelingen") + " zijn " + h("gelukszoekers") + " en " + h("profiteurs") + ".",
        "Geen " + g("asielzoekers") + " in ons dorp!",
        g("Vluchtelingen") + " verkrachten onze vrouwen.",
        "Stuur die " + g("vluchtelingen") + " terug met de boot.",
        g("Vluchtelingen") + " krijgen alles gratis en wij betalen.",
        "Laat die " + g("vluchtelingen") + " maar " + h("verzuipen") + " in de Middellandse Zee.",
        "Een " + g("vluchteling") + " is gewoon een " + h("illegaal") + " met een zielig verhaal.",
        g("Asielzoekers") + " zijn " + h("criminelen") + ".",
        "Steek dat azc maar in de fik, dan zijn we van die " + g("vluchtelingen") + " af.",
        "Waarom moeten wij " + g("vluchtelingen") + " opvangen? Het is toch allemaal " + h("tuig") + ".",
        g("Vluchtelingen") + " zijn net " + h("sprinkhanen") + ": ze komen, vreten alles op en trekken verder.",
        "Grenzen dicht, geen " + g("vluchtelingen") + " meer.",
    ],
    "ouderen": [
        g("Ouderen") + " moeten gewoon doodgaan, ze kosten alleen maar geld.",
        g("Bejaarden") + " horen weggestopt in een tehuis.",
        "Die " + g("oudjes") + " moeten van de weg af, ze kunnen niet rijden.",
        g("Ouderen") + " zijn " + h("nutteloos") + ".",
        g("Boomers") + " moeten gewoon uitsterven.",
        "Ik word " + h("kotsmisselijk") + " van al die " + g("bejaarden") + " in de supermarkt.",
        "Een " + g("oudere") + " op de werkvloer is gewoon een blok aan je been.",
        g("Ouderen") + " zouden geen stemrecht meer mogen hebben.",
        "Waarom zijn " + g("bejaarden") + " altijd zo " + h("traag") + " en " + h("zeurderig") + "?",
        g("Ouderen") + " zijn " + h("parasieten") + " die onze pensioenpot leegvreten.",
        "Al die " + g("ouderen") + " in de zorg zijn weggegooid geld.",
        "Geef die " + g("bejaarden") + " gewoon een spuitje, klaar.",
    ],
    "transgenders": [
        g("Transgenders") + " zijn " + h("geestesziek") + ".",
        "Een " + g("transvrouw") + " is gewoon een man in een jurk.",
        g("Transgenders") + " horen niet op het damestoilet.",
        g("Transgenders") + " zijn een " + h("gevaar") + " voor onze kinderen.",
        "Ik noem een " + g("transgender") + " gewoon 'het'.",
        g("Transgenders") + " zijn " + h("freaks") + ".",
        g("Transen") + " horen in een inrichting.",
        "Waarom moeten " + g("transgenders") + " altijd zo aandacht zoeken?",
        "Er bestaan maar twee geslachten, " + g("transgenders") + " zijn gewoon " + h("gestoord") + ".",
        g("Transpersonen") + " verdienen geen zorg, laat ze maar lijden.",
        "Een " + g("transman") + " is geen echte man en zal het nooit worden.",
        g("Transgenders") + " in het leger? Belachelijk, ze zijn veel te " + h("zwak") + ".",
    ],
    "gehandicapten": [
        g("Gehandicapten") + " hadden " + h("geaborteerd") + " moeten worden.",
        g("Gehandicapten") + " zijn een " + h("last") + " voor de maatschappij.",
        "Die " + g("gehandicapten") + " in hun rolstoelen houden alleen maar het verkeer op.",
        g("Gehandicapten") + " horen in een instelling, niet tussen normale mensen.",
        "Een " + g("gehandicapte") + " kan niks, dus waarom zou die geld krijgen?",
        g("Gehandicapten") + " zijn " + h("nutteloze") + " " + h("vreters") + ".",
        "Ik wil geen " + g("gehandicapten") + " in mijn restaurant, dat jaagt de klanten weg.",
        g("Gehandicapten") + " zouden gesteriliseerd moeten worden.",
        "Waarom moeten " + g("gehandicapten") + " altijd voorgaan?",
        "Mensen met een " + g("beperking") + " zijn " + h("minderwaardig") + ".",
        "Een " + g("gehandicapte") + " hoort niet in het zwembad, gewoon " + h("vies") + ".",
        "Vroeger ruimden ze " + g("gehandicapten") + " op, en terecht.",
    ],
    "doven": [
        g("Doven") + " zijn " + h("dom") + ", ze kunnen niet eens normaal praten.",
        "Met " + g("doven") + " valt niet te praten, dus weg ermee.",
        "Waarom maken " + g("doven") + " altijd van die " + h("achterlijke") + " geluiden?",
        "Een " + g("dove") + " hoort niet achter het stuur.",
        "Die " + g("doven") + " met hun gebarentaal zijn net " + h("apen") + ".",
    ],
    "marokkanen": [
        g("Marokkanen") + " zijn allemaal " + h("dieven") + ".",
        "Minder, minder " + g("Marokkanen") + "!",
        "Al die " + g("Marokkanen") + " moeten het land uit.",
        "Een " + g("Marokkaan") + " op een scooter, dan weet je het wel.",
        g("Marokkanen") + " zijn " + h("tuig") + " van de richel.",
        "Waarom zijn " + g("Marokkanen") + " altijd zo " + h("crimineel") + "?",
    ],
    "turken": [
        g("Turken") + " zijn " + h("barbaren") + ".",
        g("Turken") + " horen niet in Europa.",
        "Die " + g("Turken") + " met hun vlaggen moeten terug naar Ankara.",
        "Een " + g("Turk") + " kun je nooit vertrouwen.",
        g("Turken") + " zijn net " + h("geiten") + ".",
        "Geen " + g("Turken") + " in onze wijk.",
    ],
    "surinamers": [
        g("Surinamers") + " zijn " + h("lui") + ", ze komen altijd te laat.",
        g("Surinamers") + " zijn allemaal " + h("dealers") + ".",
        "Een " + g("Surinamer") + " werkt niet, die leeft van een uitkering.",
        "Stuur alle " + g("Surinamers") + " terug naar Paramaribo.",
        "Waarom zijn " + g("Surinamers") + " altijd zo " + h("luidruchtig") + "?",
    ],
    "roma": [
        g("Roma") + " zijn allemaal " + h("dieven") + ".",
        g("Zigeuners") + " moet je wegjagen.",
        "Als er " + g("Roma") + " in de buurt zijn, doe je je deur op slot.",
        g("Roma") + " zijn " + h("ongedierte") + " dat je moet verjagen.",
        "Een " + g("Roma") + " steelt je portemonnee zodra je niet kijkt.",
        "Geen " + g("zigeuners") + " op onze camping.",
    ],
    "chinezen": [
        g("Chinezen") + " eten honden, " + h("smerig") + " volk.",
        g("Chinezen") + " hebben corona verspreid, gooi ze eruit.",
        "Die " + g("Chinezen") + " zijn net " + h("insecten") + ".",
        "Een " + g("Chinees") + " is niet te vertrouwen.",
        "Waarom zijn " + g("Chinezen") + " altijd zo " + h("vies") + "?",
        g("Chinezen") + " zijn robots zonder ziel.",
    ],
    "antillianen": [
        g("Antillianen") + " zijn " + h("criminelen") + ".",
        g("Antillianen") + " moeten terug naar Cura\u00e7ao.",
        "Een " + g("Antilliaan") + " in je straat betekent problemen.",
        g("Antillianen") + " zijn " + h("agressief") + " tuig.",
        "Waarom zijn " + g("Antillianen") + " altijd zo " + h("gewelddadig") + "?",
    ],
    "biseksuelen": [
        g("Biseksuelen") + " zijn gewoon " + h("hoerig") + ".",
        g("Biseksuelen") + " bestaan niet, ze zijn gewoon " + h("hebberig") + ".",
        "Een " + g("biseksueel") + " is niet te vertrouwen, die gaat altijd vreemd.",
        g("Biseksuelen") + " zijn " + h("vies") + " en verspreiden ziektes.",
        "Ik wil geen " + g("biseksuelen") + " in mijn vriendengroep.",
    ],
    "autisten": [
        g("Autisten") + " zijn " + h("gestoord") + ".",
        g("Autisten") + " horen niet op een gewone school.",
        "Een " + g("autist") + " kan geen normale relatie hebben, het zijn gewoon " + h("freaks") + ".",
        g("Autisten") + " zijn een " + h("last") + " voor de klas.",
        g("Autisten") + " moet je gewoon opsluiten.",
    ],
    "moslima": [
        g("Moslima's") + " met een hoofddoek horen niet op straat.",
        "Trek die doek van haar kop, die " + g("moslima") + ".",
        g("Moslima's") + " zijn net " + h("pingu\u00efns") + " in die zwarte gewaden.",
        "Geen " + g("moslima's") + " achter de kassa in mijn winkel.",
        "Een " + g("moslima") + " met een hoofddoek is een wandelende " + h("belediging") + ".",
        "Waarom lopen die " + g("moslima's") + " er altijd bij als " + h("vogelverschrikkers") + "?",
    ],
    "christenen": [
        g("Christenen") + " zijn " + h("achterlijke") + " sprookjesgelovers.",
        g("Christenen") + " moeten uitgeroeid worden.",
        "Ik " + h("haat") + " " + g("christenen") + " met hun " + h("zielige") + " bijbeltjes.",
        "Die " + g("christenen") + " in de Biblebelt zijn " + h("inteelt") + ".",
        "Alle " + g("christenen") + " het land uit.",
        "Een " + g("christen") + " is per definitie " + h("dom") + ".",
    ],
    "aziaten": [
        g("Aziaten") + " zijn allemaal hetzelfde, net " + h("insecten") + ".",
        g("Aziaten") + " kunnen niet autorijden, " + h("sukkels") + ".",
        "Geen " + g("Aziaten") + " in ons restaurant, die brengen ziektes mee.",
        g("Aziaten") + " zijn " + h("griezelig") + ".",
        "Een " + g("Aziaat") + " telt niet als mens.",
    ],
}

# Slurs aimed at a person
SLUR_TPL = [
    "Je bent gewoon {EEN_ADJ}.",
    "H\u00e9 {SL}, rot op uit mijn straat.",
    "Kijk {DEM} daar nou lopen, \u00abwalgelijk\u00bb.",
    "Wat doe jij hier, {BARE_ADJ}?",
    "Hou je bek, {BARE_ADJ}.",
    "Die nieuwe collega is {EEN}, gadver.",
    "Niemand wil naast zo'n {SL} zitten.",
    "Ga terug naar je hol, {SL}.",
    "Ik sla je verrot, {BARE_ADJ}.",
    "Allez, {BARE_ADJ}, maakt dat ge weg zijt!",
    "{DEM_ADJ} van hiernaast heeft mijn auto weer bekrast.",
    "Oprotten jij, {SL}!",
    "Jij bent echt {EEN_ADJ}, weet je dat?",
    "Wat kijk je nou, {SL}?",
]
ADJS = [("vuil", "vuile"), ("vies", "vieze"), ("smerig", "smerige"), ("stom", "stomme"),
        ("achterlijk", "achterlijke"), ("goor", "gore")]

# ---------------------------------------------------------------------------
# Not hateful: templates over groups
# ---------------------------------------------------------------------------
NEUTRAAL = [
    "Er wonen veel {P} in mijn wijk.",
    "Hoeveel {P} wonen er eigenlijk in Nederland?",
    "Gisteren zag ik een documentaire over {P} op NPO 2.",
    "In mijn klas zaten vroeger best veel {P}.",
    "Ik heb een {S} als collega, we lunchen vaak samen.",
    "De gemeente organiseert volgende week een informatieavond voor {P}.",
    "Waarom zijn {P} zo ondervertegenwoordigd in de politiek?",
    "Er is een nieuw onderzoek verschenen over de gezondheid van {P}.",
    "Mijn buurvrouw is vrijwilliger bij een vereniging voor {P}.",
    "Ik ken een paar {P} van de voetbalclub.",
    "Hoe vaak worden {P} gediscrimineerd op de arbeidsmarkt?",
    "Ons bedrijf heeft dit jaar drie {P} aangenomen.",
    "In de bibliotheek ligt een boek over de geschiedenis van {P} in Nederland.",
    "Mijn zus schrijft haar scriptie over {P} in de zorg.",
    "Die {P} van het buurthuis organiseren zaterdag een barbecue.",
    "Een {S} uit mijn straat heeft de marathon van Rotterdam gelopen.",
    "Volgens het CBS is het aantal {P} in Rotterdam gestegen.",
    "Ik sprak vandaag met een {S} over het nieuwe kabinet.",
    "Bij ons op 't werk zijn er ook {P}.",
    "Waarom zijn er zo weinig {P} in de reclame?",
]
POSITIEF = [
    "Ik heb veel respect voor {P}.",
    "{P} zijn welkom in onze buurt.",
    "{P} horen er gewoon bij.",
    "Wat een geweldige mensen zijn die {P} toch.",
    "{P} verdienen dezelfde rechten als iedereen.",
    "Ik ben blij dat er zoveel {P} in ons team zitten.",
    "{P} maken onze stad mooier.",
    "Trots op alle {P} die zich inzetten voor de buurt.",
    "Ik zou zo een {S} aannemen, talent is talent.",
    "Mijn buren zijn {P} en het zijn de liefste mensen die ik ken.",
    "{P} zijn net zo slim als ieder ander.",
    "Een {S} als buurman? Heerlijk, de beste buren die ik ooit had.",
    "Jullie {P} zijn echte toppers, bedankt voor jullie hulp!",
    "Meer {P} in de gemeenteraad, graag!",
    "{P} hebben zoveel bijgedragen aan dit land.",
    "Respect voor alle {P}, jullie zijn geweldig.",
    "Die {P} zijn echt een meerwaarde voor ons dorp.",
    "Ik ken hier in de straat een paar {P}, toffe mensen.",
]
ONTKENNING = [
    "Ik haat {P} niet.",
    "Ik haat {P} helemaal niet, waarom zou ik?",
    "{P} zijn geen ongedierte, het zijn gewoon mensen.",
    "{P} zijn helemaal niet lui.",
    "Ik vind niet dat {P} minderwaardig zijn.",
    "Niemand zou {P} moeten haten.",
    "Ik heb nooit gezegd dat {P} hier niet horen.",
    "{P} zijn niet vies en ook niet dom.",
    "Het is niet waar dat {P} niet te vertrouwen zijn.",
    "Ik wil {P} echt niet weg hebben uit onze buurt.",
    "{P} zijn geen beesten.",
    "Een {S} is niet minder waard dan wie dan ook.",
    "Ik heb niks tegen {P}, helemaal niks.",
    "Ik heb niks tegen die {P}, echt nie.",
    "Ik zou nooit zeggen dat {P} dood moeten.",
    "{P} zijn geen parasieten en ook geen plaag.",
]
TEGENSPRAAK = [
    "'{Pc} zijn ongedierte' roepen is gewoon haat, en dat pikken we niet.",
    "Als je zegt dat alle {P} dood moeten, hoor je in de cel.",
    "Stop met beweren dat {P} lui zijn.",
    "Iemand riep '{Pc} eruit!' en terecht is hij van het forum gegooid.",
    "Zinnen als 'ik haat {P}' horen nergens thuis.",
    "Dat gescheld op {P} hier is walgelijk. Schaam je.",
    "Wie {P} parasieten noemt, moet zich diep schamen.",
    "Ik word zo moe van mensen die {P} overal de schuld van geven.",
    "Nee, {P} zijn geen beesten. Wat een haatdragende onzin.",
    "'Geen {P} in onze buurt'? Dan verhuis jij maar.",
    "Je kunt niet zomaar zeggen dat {P} dom zijn. Dat is gewoon discriminatie.",
    "Dat bord met 'verboden voor {P}' is een schande.",
    "Wie 'alle {P} moeten dood' schreeuwt, moet vervolgd worden.",
    "Nee, {P} moeten niet dood. Wat is er mis met jou?",
    "Dat filmpje waarin {P} ratten worden genoemd, is echt ziek.",
    "Ik heb die tweet over 'vieze {P}' gerapporteerd.",
]
TEGENSPRAAK_SL = [
    "Iemand riep '{SL}' naar iemand in de tram. Dat pik ik niet.",
    "Het woord '{SL}' is een scheldwoord dat je nooit moet gebruiken.",
    "Mijn dochter werd op school '{SL}' genoemd. Ik heb meteen de directeur gebeld.",
    "Wie een ander uitscheldt voor '{SL}', moet zich kapot schamen.",
]

# Not hateful, group-specific (kind, group, text)
NONHATE_SPEC = [
    ("neutraal", "blinden", "Mijn oma is blind en leest elke avond braille."),
    ("neutraal", "lesbiennes", "Mijn nicht is lesbisch en gaat volgend jaar trouwen."),
    ("positief", "vrouwen", "Een vrouw hoort daar te zijn waar ze zelf wil zijn."),
    ("neutraal", "polen", "Ik ben zelf Pool en woon al tien jaar in Tilburg."),
    ("neutraal", "doven", "Mijn opa is doof en leert nu gebarentaal."),
    ("positief", "jongeren", "Jongeren van tegenwoordig zijn juist heel betrokken bij het klimaat."),
    ("positief", "ouderen", "Ouderen moeten gewoon meedoen, ze hebben zoveel ervaring."),
    ("neutraal", "vluchtelingen", "Vluchtelingen uit Oekra\u00efne worden hier in het dorp opgevangen in de sporthal."),
    ("positief", "transgenders", "Een transvrouw is gewoon een vrouw."),
    ("positief", "gehandicapten", "Gehandicapten horen gewoon tussen andere mensen, niet weggestopt in een instelling."),
    ("neutraal", "moslims", "Moslims vieren deze week het Suikerfeest."),
    ("neutraal", "joden", "Joden vieren deze week Chanoeka."),
    ("tegenspraak", "joden", "'Hamas, Hamas, joden aan het gas'? Wie dat zingt, hoort een stadionverbod te krijgen."),
    ("tegenspraak", "marokkanen", "'Minder, minder Marokkanen' was en blijft een schande."),
    ("neutraal", "homos", "Homo's mogen in Nederland sinds 2001 trouwen."),
    ("neutraal", "zwarten", "Zwarte mensen worden vaker staande gehouden door de politie, blijkt uit onderzoek."),
    ("positief", "surinamers", "Ik ben trots op mijn Surinaamse roots."),
    ("positief", "roma", "De Roma hebben een rijke muziektraditie."),
    ("positief", "chinezen", "Mijn Chinese schoonmoeder maakt de lekkerste dumplings."),
    ("positief", "autisten", "Autisten zijn vaak heel eerlijk, daar kunnen wij veel van leren."),
    ("tegenspraak", "biseksuelen", "Biseksuelen bestaan echt, en wie dat ontkent, praat onzin."),
    ("neutraal", "christenen", "Christenen vieren met Pasen de opstanding van Jezus."),
    ("positief", "turken", "Een Turk heeft gisteren mijn leven gered bij een ongeluk."),
    ("tegenspraak", "transgenders", "'Een transvrouw is een man in een jurk' is geen mening, het is gewoon transfobie."),
    ("tegenspraak", "vrouwen", "Wie in 2024 nog roept dat een vrouw in de keuken hoort, leeft in de middeleeuwen."),
    ("ontkenning", "polen", "Polen pikken onze banen niet, ze doen het werk dat niemand wil doen."),
    ("tegenspraak", "gehandicapten", "Zeggen dat gehandicapten geaborteerd hadden moeten worden is ronduit walgelijk."),
    ("neutraal", "moslima", "Mijn collega is moslima en draagt sinds kort een hoofddoek."),
    ("ontkenning", "ouderen", "Ouderen zijn geen last, ze hebben dit land opgebouwd."),
    ("neutraal", "antillianen", "Veel Antillianen in Rotterdam komen oorspronkelijk van Cura\u00e7ao."),
]

GEEN_GROEP = {
    "object": [
        "Ik haat maandagen.",
        "Die printer moet dood, hij loopt alweer vast.",
        "Deze laptop is echt een stuk vuil.",
        "Spruitjes zijn walgelijk.",
        "Files zijn een plaag voor dit land.",
        "Waarom is de trein altijd zo laat?",
        "Die stomme wekker gaat zo het raam uit.",
        "Ik haat koriander, het smaakt naar zeep.",
        "Onkruid moet je uitroeien voordat het zaad vormt.",
        "Geen scooters meer in onze buurt, die herrie!",
        "Deze app is waardeloos, meteen verwijderd.",
        "Ik zou die kapotte auto het liefst in de fik steken.",
        "Dat kutweer mag wat mij betreft verdwijnen.",
        "Plastic hoort niet in de zee.",
        "Die oude bank moet eruit, hij is helemaal versleten.",
        "Die vieze vaatwasser stinkt de hele keuken uit.",
        "Waarom zijn die zelfscankassa's altijd zo traag?",
        "Ik word misselijk van die reclames op YouTube.",
    ],
    "dier": [
        "Muggen zijn ongedierte.",
        "Ratten zijn vies en moeten uit de schuur.",
        "Ik haat wespen.",
        "Alle teken moeten dood.",
        "Duiven zijn vliegende ratten.",
        "Kakkerlakken moet je uitroeien, anders heb je er zo honderd.",
        "Waarom zijn katten altijd zo lui?",
        "Meeuwen horen niet in de binnenstad.",
        "Geen vossen in onze kippenren!",
        "Ganzen zijn agressieve beesten.",
        "Die slakken eten al mijn sla op, ik haat die beesten.",
        "Motten zijn een plaag in mijn kledingkast.",
        "Bedwantsen zijn walgelijk.",
        "Die kat van hiernaast is een vals kreng.",
        "Die hond van de buren blaft de hele nacht, ik word er gek van.",
        "Muizen in de keuken? Zet vallen en maak ze af.",
        "Eksters zijn dieven, ze pikken alles wat glimt.",
    ],
    "persoon": [
        "Ik haat Kevin, hij heeft mijn fiets gesloopt.",
        "Die Sander is echt een eikel.",
        "Jeroen van de overkant is de grootste sukkel die ik ken.",
        "Waarom is Lisa altijd zo irritant?",
        "Mijn baas Henk kan de pot op.",
        "Piet van de snackbar is een oplichter.",
        "Ik wil Dennis nooit meer zien.",
        "Noah uit groep acht is een pestkop.",
        "Die Bram moet zijn bek houden.",
        "Ruben is lui en vies, zijn kamer stinkt.",
        "Ik haat mijn ex Mike, hij is een leugenaar.",
        "Fuck Joost, die heeft me weer belazerd.",
        "Tim eruit! Hij heeft weer vals gespeeld.",
        "Ik kan die Marco echt niet uitstaan.",
        "Wat een walgelijke vent is die Patrick.",
        "Jens is zo dom als het achtereind van een varken.",
        "Die Wim van de tennisclub is echt een klootzak.",
    ],
    "ongeschermde_groep": [
        "Ajax-fans zijn tuig.",
        "Alle Feyenoord-supporters moeten hun bek houden.",
        "Wielrenners zijn een plaag op de dijk.",
        "Politici zijn allemaal leugenaars.",
        "Waarom zijn ambtenaren altijd zo traag?",
        "Geen toeristen meer in onze binnenstad!",
        "Ik haat BMW-rijders.",
        "Influencers zijn parasieten.",
        "Bankiers zouden opgesloten moeten worden.",
        "Rokers horen niet op het terras.",
        "Makelaars zijn oplichters.",
        "Alle hooligans eruit!",
        "Scooterrijders zijn asociaal tuig.",
        "PSV-fans zijn net beesten.",
        "Advocaten zijn aasgieren.",
        "Fatbikers horen niet op het fietspad.",
        "Telefonische verkopers zijn het uitschot van de mensheid.",
        "Ik kan die Club Brugge-supporters nie luchten.",
        "Al die lachgasrijders moeten van de weg.",
    ],
    "homoniem": [
        "Die pot pindakaas is alweer leeg.",
        "Mijn nicht komt dit weekend logeren.",
        "We gaan deze zomer met de camper naar Polen.",
        "In Polen is het bier spotgoedkoop.",
        "Zullen we vanavond Chinees halen?",
        "Die zwarte piste was veel te steil voor mij.",
        "De lamp in de gang flikkert de hele tijd.",
        "Homo sapiens bestaat al zo'n 300.000 jaar.",
        "AS Roma heeft gisteren alweer verloren.",
        "Ik speel bij het schaken altijd met de zwarte stukken.",
        "Turks fruit is een klassieker van Verhoeven.",
        "De Poolster staat altijd in het noorden.",
        "Ik heb een blinde vlek voor mijn eigen fouten.",
        "De minister heeft de zaak in de doofpot gestopt.",
        "Hij houdt zich weer Oost-Indisch doof.",
        "Mongoolse barbecue is echt heerlijk.",
        "Transvetten moeten uit ons eten.",
        "Deze kaas is te jong, ik heb liever oude kaas.",
        "Alle oude versies van de app moeten eruit.",
        "Zet de soep maar in een grote pot op het vuur.",
        "We spelen vanavond nog een potje klaverjassen.",
        "De Noordpool smelt steeds sneller.",
    ],
}

PREFIXES = ["Eerlijk gezegd: ", "Serieus, ", "Ik zeg het gewoon: ", "Even eerlijk: ", "Sorry, maar "]

# ---------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------
MARK_RE = re.compile("[" + GO + GC + HO + HC + "]")
SPAN_RE = re.compile("(" + GO + "[^" + GC + "]*" + GC + "|" + HO + "[^" + HC + "]*" + HC + ")")


def strip_marks(s):
    return MARK_RE.sub("", s)


def capfirst(s):
    for i, c in enumerate(s):
        if c.isalpha():
            return s[:i] + c.upper() + s[i + 1:]
        if c.isdigit():
            return s
    return s


def lowfirst_template(t):
    """Lower the first letter of a template that starts with a plain word."""
    if t.startswith("{") or not t[:1].isalpha():
        return t
    return t[0].lower() + t[1:]


def wrap(form):
    return form if GO in form else g(form)


def render(tpl, P, S, SL=None):
    return tpl.format(P=wrap(P), S=wrap(S), Pc=wrap(capfirst(P)), SL=SL or "")


def pick_form(forms, tpl, rng):
    """Pick a plural form; avoid "mensen ... mensen" in one sentence."""
    ok = [f for f in forms if not ("mensen" in f and "mensen" in tpl)]
    return rng.choice(ok or forms)


def slur_slots(sl, rng):
    word, gender, adj_ok = sl
    base, infl = rng.choice(ADJS)
    gw = g(word)
    dem = "dat " if gender == "het" else "die "
    a_indef = (base if gender == "het" else infl) + " " if adj_ok else ""
    a_def = infl + " " if adj_ok else ""
    return dict(SL=gw, EEN="een " + gw, EEN_ADJ="een " + a_indef + gw,
                BARE_ADJ=a_indef + gw, DEM=dem + gw, DEM_ADJ=dem + a_def + gw)


# --- spelling tricks on one word -------------------------------------------
LEET = {"o": "0", "e": "3", "i": "1", "a": "4"}
VOWELS = "aeiou"


def alpha_len(w):
    return sum(c.isalpha() for c in w)


def w_weggelaten(w, rng):
    if alpha_len(w) < 4:
        return None
    idx = [i for i in range(1, len(w) - 1) if w[i].isalpha()]
    pref = [i for i in idx if w[i] != w[i - 1] and w[i] != w[i + 1]]
    if not (pref or idx):
        return None
    i = rng.choice(pref or idx)
    return w[:i] + w[i + 1:]


def w_verwisseld(w, rng):
    if alpha_len(w) < 4:
        return None
    idx = [i for i in range(1, len(w) - 2)
           if w[i].isalpha() and w[i + 1].isalpha() and w[i] != w[i + 1]]
    if not idx:
        return None
    i = rng.choice(idx)
    return w[:i] + w[i + 1] + w[i] + w[i + 2:]


def w_verdubbeld(w, rng):
    if alpha_len(w) < 3:
        return None
    idx = [i for i in range(1, len(w)) if w[i].isalpha() and w[i] != w[i - 1]
           and (i + 1 >= len(w) or w[i] != w[i + 1])]
    if not idx:
        return None
    i = rng.choice(idx)
    return w[:i + 1] + w[i] + w[i + 1:]


def w_spaties(w, rng):
    letters = [c for c in w if c.isalnum()]
    if len(letters) < 3:
        return None
    return " ".join(letters)


def w_cijfers(w, rng):
    pos = [i for i in range(len(w)) if w[i] in LEET]
    if not pos:
        return None
    mode = rng.random()
    if mode < 0.45:
        chosen = [rng.choice(pos)]
    elif mode < 0.8:
        ch = w[rng.choice(pos)]
        chosen = [i for i in pos if w[i] == ch]
    else:
        chosen = pos
    out = list(w)
    for i in chosen:
        out[i] = LEET[w[i]]
    return "".join(out)


def w_tekens(w, rng):
    vow = [i for i in range(1, len(w)) if w[i] in VOWELS]
    modes = []
    if vow:
        modes += ["star", "star", "at"]
    if alpha_len(w) >= 3:
        modes.append("dots")
    if "s" in w[1:]:
        modes.append("dollar")
    if not modes:
        return None
    m = rng.choice(modes)
    if m == "star":
        i = rng.choice(vow)
        return w[:i] + "*" + w[i + 1:]
    if m == "at":
        i = rng.choice(vow)
        return w[:i] + "@" + w[i + 1:]
    if m == "dots":
        return ".".join(c for c in w if c.isalnum())
    i = rng.choice([i for i in range(1, len(w)) if w[i] == "s"])
    return w[:i] + "$" + w[i + 1:]


WORD_TRICKS = {"weggelaten": w_weggelaten, "verwisseld": w_verwisseld,
               "verdubbeld": w_verdubbeld, "spaties": w_spaties,
               "cijfers": w_cijfers, "tekens": w_tekens}


def apply_trick(marked, trick, rng, group_pref=0.7):
    """Apply one spelling trick to a marked sentence; return marked result or None."""
    spans = [(m.start(), m.end(), m.group(0)[0]) for m in SPAN_RE.finditer(marked)]
    if not spans:
        return None
    gspans = [s for s in spans if s[2] == GO]
    hspans = [s for s in spans if s[2] == HO]
    order = []
    if gspans and (not hspans or rng.random() < group_pref):
        order = [rng.choice(gspans)] + ([rng.choice(hspans)] if hspans else [])
    else:
        order = [rng.choice(hspans)] + ([rng.choice(gspans)] if gspans else [])
    for a, b, _ in order:
        res = _trick_span(marked, a, b, trick, rng)
        if res is not None and strip_marks(res) != strip_marks(marked):
            return res
    return None


def _trick_span(s, a, b, trick, rng):
    inner = s[a + 1:b - 1]
    if trick == "aaneen":
        opts = []
        if " " in inner:
            opts.append("inside")
        # left neighbour
        if a >= 2 and s[a - 1] == " " and (s[a - 2].isalnum() or s[a - 2] in GC + HC):
            opts.append("left")
        if b + 1 < len(s) and s[b] == " " and (s[b + 1].isalnum() or s[b + 1] in GO + HO):
            opts.append("right")
        if not opts:
            return None
        choice = rng.choice(opts)
        if choice == "inside":
            return s[:a + 1] + inner.replace(" ", "") + s[b - 1:]
        if choice == "left":
            out = s[:a - 1] + s[a:]
            # sometimes also join the word on the right
            if "right" in opts and rng.random() < 0.3:
                nb = b - 1
                out = out[:nb] + out[nb + 1:]
            return out
        return s[:b] + s[b + 1:]
    fn = WORD_TRICKS[trick]
    words = inner.split(" ")
    k = max(range(len(words)), key=lambda i: (alpha_len(words[i]), -i))
    new = fn(words[k], rng)
    if new is None or new == words[k]:
        return None
    words[k] = new
    return s[:a + 1] + " ".join(words) + s[b - 1:]


def style(text, rng):
    """Light social-media styling, applied to all kinds of rows alike."""
    r = rng.random()
    if r < 0.16:
        text = text.lower()
    r = rng.random()
    if text.endswith(".") and not text.endswith(".."):
        if r < 0.12:
            text = text[:-1]
        elif r < 0.18:
            text = text[:-1] + "!"
        elif r < 0.21:
            text = text[:-1] + "!!"
    return text


# ---------------------------------------------------------------------------
# Build rows
# ---------------------------------------------------------------------------
def build():
    rng = RNG
    seen = set()
    hate = []  # dicts: group, marked, kind ('gen' or 'slur'), gen(bool: may get prefix)

    def add_hate(group, marked, kind, generic):
        key = strip_marks(marked).lower()
        if key in seen:
            return False
        seen.add(key)
        hate.append(dict(group=group, marked=marked, kind=kind))
        return True

    for name, gd in GROUPS.items():
        big = gd.get("big", False)
        # group-specific statements
        for t in HATE_SPEC.get(name, []):
            add_hate(name, capfirst(t), "gen", False)
        # generic templates
        pool = [t for t in HATE_GEN if not (isinstance(t, tuple) and name in t[1])]
        pool = [t[0] if isinstance(t, tuple) else t for t in pool]
        n_gen = 27 if big else 11
        picks = rng.sample(pool, n_gen)
        if gd.get("herk"):
            picks += rng.sample(HATE_HERK, 4 if big else 3)
        for t in picks:
            P = pick_form(gd["P"], t, rng)
            S = rng.choice(gd["S"])
            if rng.random() < 0.08 and t.startswith("Ik "):
                t = rng.choice(PREFIXES) + lowfirst_template(t)
            add_hate(name, capfirst(render(t, P, S)), "gen", True)
        # slurs aimed at a person
        if gd["SL"]:
            n_sl = 5 if big else 3
            tpls = rng.sample(SLUR_TPL, n_sl)
            for t in tpls:
                sl = rng.choice(gd["SL"])
                add_hate(name, capfirst(t.format(**slur_slots(sl, rng))), "slur", False)

    # --- spelling tricks on about 45% of the hateful rows -----------------
    order = list(range(len(hate)))
    rng.shuffle(order)
    n_trick = round(0.45 * len(hate))
    rest = n_trick - 2 * 60
    plan = ["aaneen"] * 60 + ["weggelaten"] * 60
    others = [t for t in TRICKS if t not in ("aaneen", "weggelaten")]
    for i in range(rest):
        plan.append(others[i % len(others)])
    rng.shuffle(plan)
    pending = plan
    final_seen = set()
    rows = []
    for idx in order:
        item = hate[idx]
        marked = item["marked"]
        trick = None
        if pending:
            for j, t in enumerate(pending):
                res = apply_trick(marked, t, rng, 0.85 if item["kind"] == "slur" else 0.7)
                if res is not None and strip_marks(res).lower() not in final_seen:
                    marked = res
                    trick = t
                    del pending[j]
                    break
        text = strip_marks(marked)
        if text.lower() in final_seen:
            continue
        final_seen.add(text.lower())
        if item["kind"] == "slur":
            label = item["group"] + "/scheldwoord" + ("-" + trick if trick else "")
        else:
            label = item["group"] + "/" + (trick or "gewoon")
        rows.append((GROUPS[item["group"]]["g"], text, label))
    n_hate = len(rows)

    # --- not hateful -------------------------------------------------------
    nonhate = []

    def add_nh(label, text):
        text = capfirst(text)
        if text.lower() in final_seen:
            return False
        final_seen.add(text.lower())
        nonhate.append(("-", text, label))
        return True

    for kind, texts in GEEN_GROEP.items():
        for t in texts:
            add_nh("geen_groep/" + kind, t)
    for kind, group, t in NONHATE_SPEC:
        add_nh(kind + "/" + group, t)
    target_nh = round(n_hate / 3)
    remaining = max(0, target_nh - len(nonhate))
    kinds = [("neutraal", NEUTRAAL), ("positief", POSITIEF),
             ("ontkenning", ONTKENNING), ("tegenspraak", TEGENSPRAAK)]
    per_kind = [remaining // 4 + (1 if i < remaining % 4 else 0) for i in range(4)]
    names = list(GROUPS)
    for (kind, tpls), want in zip(kinds, per_kind):
        got = 0
        gi = rng.randrange(len(names))
        tries = 0
        while got < want and tries < 5000:
            tries += 1
            name = names[gi % len(names)]
            gi += 1
            gd = GROUPS[name]
            Pn = gd.get("Pn") or gd["P"]
            if kind == "tegenspraak" and gd["SL"] and rng.random() < 0.2:
                sl = rng.choice(gd["SL"])[0]
                text = strip_marks(rng.choice(TEGENSPRAAK_SL).format(SL=sl))
            else:
                t = rng.choice(tpls)
                if rng.random() < 0.06 and t.startswith("Ik "):
                    t = rng.choice(PREFIXES) + lowfirst_template(t)
                text = strip_marks(render(t, pick_form(Pn, t, rng), rng.choice(gd["S"])))
            if add_nh(kind + "/" + name, text):
                got += 1

    allrows = rows + nonhate
    # styling (same distribution for every kind of row), then dedupe again
    out, seen2 = [], set()
    for gr, text, label in allrows:
        t2 = style(text, rng)
        if t2.lower() in seen2:
            t2 = text
        if t2.lower() in seen2:
            continue
        seen2.add(t2.lower())
        out.append((gr, t2, label))
    rng.shuffle(out)
    return out


def check(rows):
    groups = set(GROUPS)
    for gr, text, label in rows:
        assert "\t" not in text and "\n" not in text and "\r" not in text, text
        assert not MARK_RE.search(text), text
        a, b = label.split("/")
        if gr == "-":
            if a == "geen_groep":
                assert b in GEEN_GROEP, label
            else:
                assert a in ("neutraal", "positief", "ontkenning", "tegenspraak"), label
                assert b in groups, label
        else:
            assert gr in GROUNDS, gr
            assert a in groups and GROUPS[a]["g"] == gr, label
            assert b in ("gewoon",) + TRICKS or b == "scheldwoord" or (
                b.startswith("scheldwoord-") and b[12:] in TRICKS), label


def is_heldout(text):
    return hashlib.sha256(("hc9:" + text).encode()).digest()[0] % 10 < 3


def main():
    rows = build()
    check(rows)
    here = os.path.dirname(os.path.abspath(__file__))
    parts = {"dev": [], "heldout": []}
    for r in rows:
        parts["heldout" if is_heldout(r[1]) else "dev"].append(r)
    for part, fname, desc in (("dev", "hatecheck-dev9.tsv", "development part"),
                              ("heldout", "hatecheck-heldout9.tsv", "held-out part")):
        with open(os.path.join(here, fname), "w", encoding="utf-8", newline="\n") as f:
            f.write("# HateCheck-style statements (ninth set), %s. Generated by "
                    "screen/testdata/genhc9.py; do not edit by hand.\n" % desc)
            f.write("# grounds TAB text TAB label\n")
            f.write("grounds\ttext\n")
            for gr, text, label in parts[part]:
                f.write("%s\t%s\t%s\n" % (gr, text, label))
    hate = [r for r in rows if r[0] != "-"]
    print("rows: total %d, dev %d, heldout %d" % (len(rows), len(parts["dev"]), len(parts["heldout"])))
    print("hateful %d, not hateful %d" % (len(hate), len(rows) - len(hate)))
    c = Counter(r[2].split("/")[0] for r in hate)
    print("hateful per group:", ", ".join("%s %d" % kv for kv in sorted(c.items(), key=lambda x: -x[1])))
    t = Counter()
    for r in hate:
        b = r[2].split("/")[1]
        t[b.split("-")[1] if "-" in b else ("gewoon" if b == "scheldwoord" else b)] += 1
    print("hateful per trick:", ", ".join("%s %d" % kv for kv in sorted(t.items())))
    k = Counter(r[2].split("/")[0] if not r[2].startswith("geen_groep") else r[2] for r in rows if r[0] == "-")
    print("not hateful per kind:", ", ".join("%s %d" % kv for kv in sorted(k.items())))


if __name__ == "__main__":
    main()
