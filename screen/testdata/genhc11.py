#!/usr/bin/env python3
"""Generate the eleventh HateCheck-style evaluation set for the Dutch screening engine.

How the set was written
-----------------------
Every statement in this file was written by hand from general knowledge of
Dutch (and some Flemish) as it is used on social media and in speech, following
the functional tests of HateCheck (Roettger et al. 2021, "HateCheck: Functional
Tests for Hate Speech Detection Models").  While writing it, the engine, its
lexicon, its Go code, its documentation and the earlier test sets were NOT read,
and the engine was not run; only the description of the file format was looked
at.  The set is therefore meant to measure how the engine generalises to text
that was not tuned to it.

Covered functions
-----------------
  * explicit hatred ("ik haat X"), contempt, inferiority and stereotypes used
    as insults ("X zijn lui/dom/vies", "een X denkt alleen aan geld")
  * dehumanisation and comparisons with animals, vermin, disease and objects
    ("X zijn kakkerlakken/een kankergezwel/vuilnis", "mijn hond is meer waard")
  * direct threats ("ik zou die X in elkaar slaan") and normative threats
    ("zulke X moet je afknallen", "ze moeten allemaal ...")
  * calls to exclude, deport, segregate and deny rights ("X het land uit",
    "aparte wijken", "geen stemrecht voor X")
  * hate without a hostile keyword ("X horen niet in dit land", "een vrouw
    hoort achter het aanrecht")
  * rhetorical questions, sarcasm, opinions, hate phrased with die / al die /
    jullie / zulke / dat soort X, singular generic statements ("een X kan
    nooit ..."), and second-person address ("jij vuile X")
  * slurs aimed at a person, for every group, including Dutch online coinages
  * spelling variation, exactly one trick per row, applied either to the group
    word or to the hostile word
  * non-hateful contrasts that share wording with the hateful rows: neutral and
    positive statements about a group, negated hate ("ik haat X niet"),
    counter-speech that quotes or rejects hate, reporting of hate, and rows
    without any protected group (objects, animals, named individuals,
    unprotected groups such as voetbalfans, politici, fietsers, hipsters or
    boomers as an ordinary complaint, and homonyms such as pot, nicht, poot,
    de polen van een magneet, AS Roma).

Most rows are written individually per group, with tropes that really
circulate about that group (money and conspiracy myths about Jews, "minder
Marokkanen", "testosteronbommen", the Polenmeldpunt, corona and Chinese people,
...).  A small number of generic templates is crossed with a few groups each
(never with all of them), so the set is not one template crossed with every
group.

In the hateful rows the group word is written between U+27E6 and U+27E7 and the
hostile word between guillemets.  These markers only tell the spelling tricks
where they may act; they are removed before writing.  About half of the
hand-written hateful rows (every other row of each group, and every other
template row) get a spelling trick; the tricks are handed out in turn so each
is used about equally often.  The tricks are:

  weggelaten  one letter deleted              (moslims -> moslms)
  verwisseld  two adjacent letters swapped    (joden -> jdoen)
  verdubbeld  one letter doubled              (haat -> haaat)
  aaneen      the word run together with its neighbour (haat moslims -> haatmoslims)
  spaties     the letters of the word separated by spaces (j o d e n)
  cijfers     digits for letters              (m0sl1ms)
  tekens      signs such as @ $ ! * for letters (h@@t, a$ielzoekers)

Columns (tab separated, UTF-8)
------------------------------
  grounds  for a hateful row one or more (comma separated) of herkomst,
           godsdienst, antisemitisme, seksuele_gerichtheid, genderidentiteit,
           geslacht, handicap, leeftijd; for a non-hateful row "-".
  text     the statement (no tabs, no newlines).
  label    "<group>/<function>".  <group> is a short key (vrouwen, moslims,
           homos, lesbiennes, biseksuelen, transgenders, joden, zwarten,
           marokkanen, turken, polen, surinamers, antillianen, roma,
           vluchtelingen, chinezen, aziaten, christenen, gehandicapten,
           blinden, doven, autisten, verstandelijk, ouderen, jongeren) or
           geen_groep.  <function> for a hateful row is gewoon (no trick),
           scheldwoord (slur aimed at a person) or one of the trick names
           above; for a non-hateful row about a group it is positief,
           neutraal, ontkenning (negated hate) or tegenspraak (counter-speech
           or reporting); for geen_groep it is object, dier, persoon,
           ongeschermde_groep or homoniem.

Split
-----
A row is held out when sha256(("hc11:" + text).encode()).digest()[0] % 10 < 3.
Held-out rows go to hatecheck-heldout11.tsv, the others to
hatecheck-dev11.tsv.  Each file starts with two comment lines and the header
"grounds<TAB>text<TAB>label"; rows are sorted by the sha256 hexdigest of the
text.

Checks
------
The script refuses to write when a text occurs twice, when a grounds value or
label is not in the scheme, when a text still contains a marker, tab or
newline, or when a spelling-trick row does not really contain its trick
(checked independently against the untouched word).  It prints only counts.
"""

import hashlib
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
DEV = os.path.join(HERE, "hatecheck-dev11.tsv")
HELD = os.path.join(HERE, "hatecheck-heldout11.tsv")

GROUNDS = {"herkomst", "godsdienst", "antisemitisme", "seksuele_gerichtheid",
           "genderidentiteit", "geslacht", "handicap", "leeftijd"}

TRICKS = ["weggelaten", "verwisseld", "verdubbeld", "aaneen", "spaties",
          "cijfers", "tekens"]
NH_CODES = {"P": "positief", "N": "neutraal", "O": "ontkenning", "T": "tegenspraak"}
GG_CODES = {"OB": "object", "DI": "dier", "PE": "persoon",
            "UG": "ongeschermde_groep", "HO": "homoniem"}

# group key -> (default grounds, plural for templates, singular for templates)
GROUPS = {
    "vrouwen": ("geslacht", "vrouwen", "vrouw"),
    "moslims": ("godsdienst", "moslims", "moslim"),
    "homos": ("seksuele_gerichtheid", "homo's", "homo"),
    "lesbiennes": ("seksuele_gerichtheid", "lesbiennes", "lesbienne"),
    "biseksuelen": ("seksuele_gerichtheid", "biseksuelen", "biseksueel"),
    "transgenders": ("genderidentiteit", "transgenders", "transgender"),
    "joden": ("antisemitisme", "joden", "jood"),
    "zwarten": ("herkomst", "zwarten", "zwarte"),
    "marokkanen": ("herkomst", "Marokkanen", "Marokkaan"),
    "turken": ("herkomst", "Turken", "Turk"),
    "polen": ("herkomst", "Polen", "Pool"),
    "surinamers": ("herkomst", "Surinamers", "Surinamer"),
    "antillianen": ("herkomst", "Antillianen", "Antilliaan"),
    "roma": ("herkomst", "zigeuners", "zigeuner"),
    "vluchtelingen": ("herkomst", "asielzoekers", "asielzoeker"),
    "chinezen": ("herkomst", "Chinezen", "Chinees"),
    "aziaten": ("herkomst", "Aziaten", "Aziaat"),
    "christenen": ("godsdienst", "christenen", "christen"),
    "gehandicapten": ("handicap", "gehandicapten", "gehandicapte"),
    "blinden": ("handicap", "blinden", "blinde"),
    "doven": ("handicap", "doven", "dove"),
    "autisten": ("handicap", "autisten", "autist"),
    "verstandelijk": ("handicap", "zwakbegaafden", "zwakbegaafde"),
    "ouderen": ("leeftijd", "bejaarden", "bejaarde"),
    "jongeren": ("leeftijd", "jongeren", "jongere"),
}
GROUP_ORDER = list(GROUPS)

# Codes: H hateful (may get a spelling trick), S slur aimed at a person,
# P positief, N neutraal, O ontkenning, T tegenspraak.  H[..]/S[..] override
# the grounds.  Group word in U+27E6..U+27E7, hostile word in guillemets.
ROWS = {}

ROWS["vrouwen"] = """
H: Ik «haat» ⟦vrouwen⟧, stuk voor stuk.
H: ⟦Vrouwen⟧ zijn gewoon te «dom» om auto te rijden.
H: Een ⟦vrouw⟧ hoort achter het aanrecht en verder nergens.
H: ⟦Wijven⟧ moeten hun bek houden als mannen aan het woord zijn.
H: Die ⟦vrouwen⟧ met zo'n grote mond moeten gewoon een klap voor hun «kanis» krijgen.
H: ⟦Vrouwen⟧ stemrecht geven was de grootste fout uit de geschiedenis.
H: Waarom laten we ⟦vrouwen⟧ eigenlijk nog studeren? Ze eindigen toch als huisvrouw.
H: ⟦Vrouwen⟧ zijn net «vee», je moet ze gewoon africhten.
H: Een ⟦vrouw⟧ als baas? Dan neem ik liever ontslag, die kunnen helemaal niks.
H: ⟦Vrouwen⟧ zijn «hysterische» wezens die niet logisch kunnen nadenken.
H: Geweldig hoor, een ⟦vrouw⟧ in de cockpit, dan weet je zeker dat het vliegtuig neerstort.
H: Zulke ⟦wijven⟧ zijn maar voor één ding «goed».
H: ⟦Vrouwen⟧ horen niet in de politiek.
H: Ik vind echt dat ⟦vrouwen⟧ minder moeten verdienen, ze presteren toch minder.
H: Jullie ⟦vrouwen⟧ zijn allemaal «gestoorde» geldwolven.
H: Elke ⟦vrouw⟧ die haar mond opendoet verdient een pak «slaag».
H: ⟦Vrouwen⟧ zijn «minderwaardig» aan mannen, dat is gewoon biologie.
H: Dat soort ⟦wijven⟧ zou je moeten «opsluiten» in de keuken.
H: Laat ⟦vrouwen⟧ nooit meer achter het stuur, ze zijn een «gevaar» op de weg.
H: Wij moeten ⟦vrouwen⟧ weer hun plaats leren, desnoods met harde hand.
H: ⟦Meiskes⟧ moeten niet gaan studeren, die moeten trouwen en kinderen krijgen.
H: ⟦Vrouwen⟧ zijn «parasieten» die op de zak van hun man leven.
S: Hou je bek, vuile teef.
S: Stomme trut, jij bent gewoon een domme slet.
S: Kutwijf, wie heeft jou iets gevraagd?
S: Feminazi, ga lekker janken in je safe space.
S: Zwijg, stom wicht, ge weet er niks van.
P: Vrouwen hebben de afgelopen eeuw ontzettend veel bereikt in de wetenschap.
P: Ik werk het liefst in een team met veel vrouwen, de sfeer is dan altijd goed.
N: Er studeren tegenwoordig meer vrouwen dan mannen aan de universiteit.
N: Een vrouw uit Utrecht heeft de hoofdprijs in de loterij gewonnen.
O: Ik haat vrouwen helemaal niet, waar haal je dat vandaan?
T: "Vrouwen horen achter het aanrecht" is een achterlijke uitspraak die echt niet meer kan.
T: De politie onderzoekt de berichten waarin een journaliste voor hoer werd uitgescholden.
"""

ROWS["moslims"] = """
H: ⟦Moslims⟧ zijn een «kankergezwel» in Europa.
H: Ik «haat» ⟦moslims⟧ en ik schaam me er niet voor.
H: Elke ⟦moslim⟧ is een potentiële «terrorist».
H: ⟦Moslims⟧ horen niet in dit land.
H: Sluit alle moskeeën en zet die ⟦moslims⟧ op het eerste vliegtuig.
H: De ⟦islamieten⟧ fokken als «konijnen» om ons land over te nemen.
H: Waarom zouden we ⟦moslims⟧ nog binnenlaten als ze ons toch willen vermoorden?
H: ⟦Moslims⟧ zijn «achterlijke» woestijnvolken die nog in de middeleeuwen leven.
H: Geen enkele ⟦moslim⟧ kun je vertrouwen, ze liegen allemaal voor Allah.
H: Al die ⟦moslims⟧ moeten worden «gedeporteerd», ook die met een Nederlands paspoort.
H: Een ⟦moslim⟧ kan nooit een echte Nederlander zijn.
H: ⟦Moslims⟧ zouden geen stemrecht mogen hebben.
H: Ik zou het niet erg vinden als die hele ⟦moslimwijk⟧ in de «fik» ging.
H: Wat een vredelievende godsdienst, die ⟦moslims⟧ blazen zich alleen maar op.
H: ⟦Moslims⟧ zijn «ratten» die zich overal nestelen.
H: Jullie ⟦moslims⟧ moeten allemaal «opgehangen» worden.
H: Dat soort ⟦moslims⟧ met hun baarden en jurken wil ik hier niet zien.
H[godsdienst,geslacht]: Die ⟦moslima's⟧ met hun «vodden» op hun kop moeten uit het straatbeeld verdwijnen.
H: De islam is geen religie maar een ziekte, en ⟦moslims⟧ zijn de «besmette» dragers.
H: Ik vind dat ⟦moslims⟧ in een apart register moeten, zodat we weten waar ze wonen.
H: Tijd voor een nieuwe «kruistocht» tegen de ⟦muzelmannen⟧.
H: ⟦Moslims⟧ zijn een «inteeltvolk», ze trouwen allemaal met hun neef.
S: Jij vuile geitenneuker, ga terug naar je woestijn.
S: Hé baardaap, waar heb je je bomgordel gelaten?
S: Rot op met je gebedskleedje, smerige tapijtkusser.
P: Mijn moslimburen brengen tijdens de ramadan altijd eten langs, heel gastvrij.
P: Moslimgeleerden hebben enorm bijgedragen aan de wiskunde en de sterrenkunde.
N: Tijdens het Suikerfeest komen veel moslims samen met hun familie.
N: Ongeveer vijf procent van de Nederlanders is moslim.
O: Ik haat moslims niet, ik ken er genoeg die gewoon heel aardig zijn.
T: Wie zegt dat een moslim nooit een echte Nederlander kan zijn, weet niet waar hij het over heeft.
T: Het meldpunt kreeg honderden meldingen van berichten waarin moslims geitenneukers werden genoemd.
"""

ROWS["homos"] = """
H: ⟦Homo's⟧ zijn «ziek» in hun hoofd.
H: Ik «walg» van ⟦homo's⟧ die elkaar op straat zoenen.
H: ⟦Homoseksuelen⟧ zouden ze van het dak moeten «gooien».
H: Een ⟦homo⟧ mag nooit voor de klas staan, die zijn niet te vertrouwen met kinderen.
H: ⟦Homo's⟧ horen niet in het leger.
H: Al die ⟦homo's⟧ met hun regenboogvlaggen moeten het land uit.
H: ⟦Homoseksualiteit⟧ is een «afwijking» die genezen moet worden.
H: Waarom moeten we die ⟦homo's⟧ eigenlijk tolereren?
H: ⟦Homo's⟧ zijn «viespeuken» die alleen aan seks denken.
H: Wat een verrijking weer, zo'n ⟦homo-optocht⟧ met halfnaakte kerels door het centrum.
H: Jullie ⟦homo's⟧ zijn een «schande» voor de mensheid.
H: ⟦Homo's⟧ zouden niet mogen trouwen, dat is een belediging voor het huwelijk.
H: Dat soort ⟦nichten⟧ wil ik niet in mijn kroeg.
H: Zulke ⟦homo's⟧ moet je in elkaar «trappen».
H: Ik wil geen ⟦homo⟧ als buurman, die brengen aids mee.
H: ⟦Homo's⟧ zijn «ongedierte» dat onze jeugd verpest.
H: Een ⟦homo⟧ is geen echte man.
H: ⟦Homo's⟧ adopteren kinderen alleen om ze te «misbruiken».
H: Ik hoop dat alle ⟦homo's⟧ een vreselijke «ziekte» krijgen.
H: God heeft ⟦homo's⟧ niet zo bedoeld, ze zijn een «vergissing» van de natuur.
H: Ge moet die ⟦homo's⟧ gewoon op hun «smoel» slaan, allez.
H: ⟦Homo's⟧ zijn minder waard dan normale mensen.
S: Vuile flikker, blijf van me af.
S: Hé reetridder, zoek maar een andere bar.
S: Wat zit je nou te zeuren, janet?
S: Kankerflikker, ik maak je af.
P: Mijn beste vriend is homo en de liefste persoon die ik ken.
P: Homo's hebben de Nederlandse cultuur veel rijker gemaakt.
N: Sinds 2001 mogen homo's in Nederland trouwen.
N: De homobeweging vierde vorige maand haar jubileum in Amsterdam.
O: Ik vind homo's niet vies of raar, laat iedereen lekker zichzelf zijn.
T: "Homo's zijn ziek" is geen mening maar gewoon haat.
T: De voetbalclub kreeg een boete omdat supporters homofobe spreekkoren zongen.
"""

ROWS["lesbiennes"] = """
H: ⟦Lesbiennes⟧ hebben gewoon nog nooit een echte vent gehad.
H: ⟦Lesbo's⟧ zijn «walgelijk» en onnatuurlijk.
H: Een ⟦lesbienne⟧ mag geen kinderen opvoeden, dat kind wordt verknipt.
H: Die ⟦lesbiennes⟧ moeten eens flink worden «aangepakt», dan worden ze vanzelf normaal.
H: ⟦Lesbiennes⟧ zijn «mislukte» vrouwen die man willen spelen.
H: Ik «haat» ⟦lesbiennes⟧ met hun kortgeschoren haar en hun houthakkershemden.
H: ⟦Lesbische⟧ stellen horen niet thuis in een normale buurt.
H: Waarom zou je ⟦lesbiennes⟧ laten trouwen? Het slaat helemaal nergens op.
H: Al die ⟦potten⟧ moeten van de televisie verdwijnen.
H: ⟦Lesbiennes⟧ zijn «zieke» mensen die hulp nodig hebben.
H: Zulke ⟦lesbo's⟧ moeten ze opsluiten in een klooster.
H: Een ⟦lesbienne⟧ is gewoon een vrouw die te «lelijk» is voor een vent.
H: ⟦Lesbiennes⟧ zijn een «gevaar» voor jonge meisjes.
H: Geen ⟦lesbiennes⟧ in het zwembad, die zitten alleen maar naar kleine meisjes te loeren.
H: Jullie ⟦lesbiennes⟧ zijn «tuig» en verdienen geen rechten.
H: Ik wil die ⟦lesbische⟧ juf niet voor de klas van mijn dochter.
H: ⟦Lesbiennes⟧ zijn «beesten» die tegen de natuur ingaan.
H: Wat een mooie wereld, twee ⟦lesbiennes⟧ die een kind kopen. Gefeliciteerd, kind verpest.
H: Dat soort ⟦lesbiennes⟧ zou je moeten «genezen» met elektroshocks.
H: ⟦Lesbo's⟧ verdienen een flink pak «rammel».
H: Het zou beter zijn als ⟦lesbiennes⟧ gewoon niet bestonden.
H: ⟦Lesbiennes⟧ «haten» mannen en willen het gezin kapotmaken.
S: Vuile pot, blijf uit de buurt van mijn vriendin.
S: Hé manwijf, ga je weer houthakken of zo?
S: Smerige lesbo, niemand wil jou zien.
P: Het lesbische stel op de hoek organiseert elk jaar een geweldig buurtfeest.
N: Op zondag is er een lesbische filmavond in het filmhuis.
N: Veel lesbiennes hebben vroeger hun geaardheid verborgen gehouden.
O: Ik heb echt niets tegen lesbiennes, ik snap niet waarom mensen daar zo moeilijk over doen.
T: Iemand op mijn werk noemde haar collega een vuile pot en is terecht ontslagen.
T: Het idee dat lesbiennes "nooit een echte man hebben gehad" is een kwetsende mythe.
"""

ROWS["biseksuelen"] = """
H: ⟦Biseksuelen⟧ zijn gewoon «hebberig» en kunnen niet kiezen.
H: ⟦Bi's⟧ zijn allemaal «vreemdgangers» die niet trouw kunnen zijn.
H: Een ⟦biseksueel⟧ moet je nooit daten, die bedriegt je toch.
H: ⟦Biseksuelen⟧ bestaan niet, het zijn gewoon homo's die te «laf» zijn.
H: Ik «haat» ⟦biseksuelen⟧, ze verspreiden allerlei ziektes.
H: ⟦Biseksuele⟧ mannen zijn een «gevaar» voor de volksgezondheid.
H: Al die ⟦biseksuelen⟧ moeten de kast weer in, niemand wil het horen.
H: ⟦Biseksuelen⟧ zijn «perverse» aandachtzoekers.
H: Waarom zou je een ⟦bi⟧ vertrouwen als die met iedereen het bed in duikt?
H: ⟦Biseksuelen⟧ horen niet thuis in een normale relatie.
H: Jullie ⟦biseksuelen⟧ zijn «verdorven».
H: Dat soort ⟦bi's⟧ moet je uit de kerk zetten.
H[seksuele_gerichtheid,geslacht]: Een ⟦biseksuele⟧ vrouw is gewoon een «slet» die het niet wil toegeven.
H: ⟦Biseksuelen⟧ zijn «ongedierte» binnen de gemeenschap.
H: Ik zou nooit een ⟦biseksueel⟧ in mijn huis toelaten.
H: Zo'n ⟦bi⟧ is gewoon een halve «flikker» die zich schaamt.
H: ⟦Biseksuelen⟧ moeten niet mogen adopteren, ze zijn te onstabiel.
H: Stuur die ⟦biseksuelen⟧ maar naar een therapeut tot ze normaal zijn.
H: ⟦Biseksualiteit⟧ is een «modeziekte» voor aandachtshoeren.
H: Zulke ⟦bi's⟧ zouden ze eens goed moeten «aftuigen».
H: ⟦Biseksuelen⟧ zijn minder waard dan hetero's.
H: Geen ⟦biseksuelen⟧ in mijn team, dat brengt alleen maar gedoe.
S: Vuile bi-hoer, je gaat toch met iedereen naar bed.
S: Ga weg, twijfelflikker.
S: Jij halve homo, kies eens een kant.
P: Biseksuele mensen verdienen net zoveel zichtbaarheid als homo's en lesbiennes.
N: Op 23 september is het de internationale dag van de biseksualiteit.
N: Volgens onderzoek noemt ongeveer vier procent van de jongvolwassenen zich biseksueel.
O: Ik denk niet dat biseksuelen minder trouw zijn dan andere mensen.
T: Nee, biseksuelen zijn geen vreemdgangers, stop eens met die onzin.
T: In het onderzoek vertelden biseksuele scholieren dat ze twijfelflikker werden genoemd.
"""

ROWS["transgenders"] = """
H: ⟦Transgenders⟧ zijn «geesteszieke» mensen die je moet laten opnemen.
H: Een ⟦transvrouw⟧ is gewoon een vent in een jurk.
H: ⟦Transgenders⟧ mogen nooit in de vrouwenkleedkamer, het zijn «verkrachters» in vermomming.
H: Ik «walg» van ⟦transgenders⟧.
H: ⟦Transmensen⟧ zijn een «gevaar» voor onze kinderen.
H: Al die ⟦transgenders⟧ moeten weg van de scholen.
H: ⟦Transgenders⟧ zijn «freaks» die in een circus thuishoren.
H: Waarom betalen wij mee aan de operaties van die ⟦transgenders⟧? Laat ze lekker zelf verrekken.
H: Jullie ⟦transgenders⟧ zijn «verminkte» monsters.
H: ⟦Transgenders⟧ horen niet in de sport.
H: Een ⟦transman⟧ wordt nooit een echte man, wat hij ook slikt.
H: ⟦Transgenders⟧ zijn een «ziekte» die zich via TikTok verspreidt.
H: Dat soort ⟦transgenders⟧ zou je in een inrichting moeten stoppen.
H: ⟦Transpersonen⟧ zouden geen paspoort met een ander geslacht mogen krijgen.
H: Ik zou een ⟦transgender⟧ die in het damestoilet staat gewoon in elkaar «meppen».
H: Wat een vooruitgang, zo'n ⟦transgender⟧ die denkt dat hij een vrouw is. Lachwekkend.
H: ⟦Transgenders⟧ zijn «onmensen».
H: Zulke ⟦transgenders⟧ moeten allemaal «afgeschoten» worden.
H: ⟦Transgenders⟧ verdienen het om uitgelachen te worden.
H: Geen ⟦transgenders⟧ in het leger, die zijn mentaal te instabiel.
H: ⟦Transgenders⟧ zijn het «afval» van de maatschappij.
H: Een ⟦transgender⟧ kan nooit een goede ouder zijn.
S: Ga weg, vuile travo.
S: Hé shemale, wat ben jij eigenlijk, een hij of een zij?
S: Smerig transmonster, blijf uit de buurt van mijn kinderen.
S: Kijk jou nou staan in die jurk, walgelijke he-she.
P: Mijn collega is transgender en een van de beste programmeurs van ons bedrijf.
N: De wet rond de registratie van het geslacht van transgenders is aangepast.
N: Het transgendernetwerk organiseert een informatieavond voor ouders.
O: Ik haat transgenders niet en ik snap niet waarom mensen zo boos op ze zijn.
T: "Een transvrouw is een man in een jurk" is gewoon transfobe onzin.
T: Na de aanval op een transvrouw in Rotterdam heeft de politie twee verdachten opgepakt.
"""

ROWS["joden"] = """
H: ⟦Joden⟧ hebben al het geld en alle banken in handen.
H: Ik «haat» ⟦joden⟧, en Hitler had gelijk.
H: ⟦Joden⟧ zijn «parasieten» die op andere volken teren.
H: Hitler had zijn werk moeten afmaken met die ⟦joden⟧.
H: Een ⟦jood⟧ denkt alleen aan «geld».
H: ⟦Joden⟧ horen niet in Europa, stuur ze allemaal naar Israël.
H: De ⟦joden⟧ zitten achter alle oorlogen, dat weet iedereen.
H: De Holocaust is een «verzinsel» van de ⟦joden⟧ om geld te vangen.
H: Zulke ⟦joden⟧ zou je het «gas» in moeten sturen.
H: ⟦Joden⟧ zijn «ratten», net zoals ze in de oorlog al zeiden.
H: Waarom hebben ⟦joden⟧ altijd alle media in handen? Toeval zeker.
H: Al die ⟦joden⟧ met hun keppeltjes moeten de stad uit.
H: Jullie ⟦joden⟧ zijn «kindermoordenaars».
H: ⟦Joodse⟧ zakenmannen zuigen het hele land «leeg».
H: Een ⟦jood⟧ kun je nooit vertrouwen, die verraadt je voor dertig zilverlingen.
H: ⟦Joden⟧ zijn een «kanker» voor de wereld.
H: Ik koop niets bij ⟦joodse⟧ winkels, en dat zou iedereen moeten doen.
H: Het wordt tijd om de ⟦joden⟧ eindelijk een «lesje» te leren.
H: ⟦Joden⟧ zijn «hebzuchtige» uitbuiters, dat zit in hun bloed.
H: De ⟦zionisten⟧ en hun Rothschildgeld besturen het hele land.
H: Die ⟦joden⟧ in Antwerpen met hun krullen moeten ze allemaal «buitensmijten».
H: Wat jammer dat de ⟦joden⟧ in 1945 niet allemaal weg waren.
S: Vuile smous, geef mijn geld terug.
S: Kankerjood, ga terug naar je kibboets.
S: Hé geldwolf met je keppeltje, jij hoort hier niet.
P: De joodse gemeenschap in Amsterdam heeft een rijke geschiedenis.
N: Veel joden vieren deze week Chanoeka.
N: Het Joods Museum opent een nieuwe tentoonstelling over joods leven in Amsterdam.
O: Ik haat joden niet, ik heb kritiek op de Israëlische regering en dat is iets anders.
T: De supporters die "joden aan het gas" zongen zijn terecht veroordeeld.
T: Het verhaal dat joden alle banken in handen hebben is eeuwenoude antisemitische propaganda.
"""

ROWS["zwarten"] = """
H: ⟦Zwarten⟧ zijn gewoon «dommer», dat is wetenschappelijk bewezen.
H: ⟦Zwarte⟧ mensen zijn net «apen».
H: Ik «haat» ⟦negers⟧.
H: Een ⟦zwarte⟧ heeft niets te zoeken in onze wijk.
H: ⟦Zwarten⟧ horen niet in Nederland.
H: Al die ⟦zwarten⟧ moeten terug naar Afrika.
H: ⟦Donkere⟧ mensen zijn allemaal «criminelen».
H: Zet die ⟦zwarten⟧ weer aan het werk op de plantage, daar zijn ze «goed» voor.
H: Waarom krijgen ⟦zwarten⟧ eigenlijk dezelfde rechten als wij?
H: ⟦Zwarten⟧ zijn «beesten» die alleen kunnen dansen en stelen.
H: Jullie ⟦zwarten⟧ zijn een «plaag» voor elke stad.
H: Ik wil geen ⟦zwarte⟧ schoonzoon, dat «verpest» het ras.
H: ⟦Negers⟧ zijn «lui» en leven van een uitkering.
H: Zulke ⟦zwarten⟧ moet je niet in je winkel toelaten.
H: Wat een verrassing, de overvaller was weer een ⟦zwarte⟧.
H: ⟦Zwarten⟧ zijn minder ontwikkeld, kijk maar naar Afrika.
H: Dat soort ⟦zwarten⟧ moeten ze gewoon «afknallen».
H: Een ⟦zwarte⟧ kan nooit een echte Nederlander worden.
H: ⟦Zwarten⟧ zijn «vies» en stinken.
H[herkomst,geslacht]: ⟦Zwarte⟧ vrouwen zijn alleen goed als «hoer».
H: Het zou een goed idee zijn als ⟦zwarten⟧ in aparte wijken gingen wonen.
H: ⟦Zwarten⟧ zijn «ongedierte».
S: Rot op, vuile roetmop.
S: Hé aap, ga terug je boom in.
S: Kankernikker, jij komt hier niet binnen.
S: Bosneger, wie heeft jou uitgenodigd?
P: Zwarte Nederlanders hebben een enorme bijdrage geleverd aan onze muziek.
N: Met Keti Koti herdenken veel zwarte Nederlanders de afschaffing van de slavernij.
N: Er wonen veel zwarte Nederlanders in Amsterdam-Zuidoost.
O: Ik haat zwarten niet, mijn beste vriendin is zwart.
T: Iemand riep 'aap' naar de zwarte verdediger en het hele stadion reageerde met boegeroep.
T: Zwarte mensen vergelijken met apen is ronduit racistisch en moet gewoon stoppen.
"""

ROWS["marokkanen"] = """
H: ⟦Marokkanen⟧ zijn allemaal «tuig».
H: Minder, minder, minder ⟦Marokkanen⟧!
H: Ik «haat» ⟦Marokkanen⟧ met heel mijn hart.
H: ⟦Marokkanen⟧ zijn «straatterroristen» die oude vrouwtjes beroven.
H: Een ⟦Marokkaan⟧ werkt niet, die leeft van een uitkering of van de drugs.
H: Al die ⟦Marokkanen⟧ moeten het land uit, met of zonder paspoort.
H: ⟦Marokkanen⟧ horen niet in Nederland.
H: Zet die ⟦Marokkaantjes⟧ maar op de boot terug naar Tanger.
H: ⟦Marokkanen⟧ zijn «ratten» die in groepjes rondhangen.
H: Waarom mogen ⟦Marokkanen⟧ hier eigenlijk blijven? Ze doen toch niks dan stelen.
H: Jullie ⟦Marokkanen⟧ zijn «kakkerlakken».
H: Een ⟦Marokkaan⟧ als buurman? Dan zet ik mijn huis meteen te koop.
H: ⟦Mocro's⟧ zijn allemaal «criminelen» uit de Mocro-maffia.
H: Wat een verrijking voor de samenleving, die ⟦Marokkanen⟧. Zonder hen geen enkele gestolen scooter.
H: ⟦Marokkanen⟧ moeten aparte scholen krijgen, ver weg van onze kinderen.
H: Dat soort ⟦Marokkanen⟧ zou je moeten «afschieten».
H: ⟦Marokkanen⟧ zijn «minderwaardig», dat zie je aan hun gedrag.
H: Elke ⟦Marokkaan⟧ is een potentiële crimineel.
H: Ik neem nooit een ⟦Marokkaan⟧ aan, die zijn te «lui» om te werken.
H: Zulke ⟦Marokkanen⟧ moeten we «uitroeien».
H[herkomst,godsdienst]: Die ⟦Marokkaanse⟧ moslims moeten allemaal terug naar hun geitenland.
H: Die ⟦Marokkanen⟧ van Molenbeek moet ge allemaal «buitenzwieren».
S: Vuile makak, ga terug naar je land.
S: Kutmarokkaan, blijf van mijn fiets af.
S: Hé kameelneuker, wat sta je te kijken?
P: De Marokkaanse bakker in onze straat heeft het lekkerste brood van de stad.
N: Veel Marokkanen kwamen in de jaren zestig als gastarbeider naar Nederland.
N: Ahmed Aboutaleb was de eerste Marokkaanse Nederlander die burgemeester van een grote stad werd.
O: Ik haat Marokkanen niet, ik haat criminelen, van welke afkomst dan ook.
T: "Minder Marokkanen" roepen is gewoon groepsbelediging, dat heeft de rechter ook gezegd.
T: Een jongen deed aangifte nadat hij op straat voor vuile makak was uitgescholden.
"""

ROWS["turken"] = """
H: ⟦Turken⟧ zijn «achterlijke» boeren uit Anatolië.
H: Ik «haat» ⟦Turken⟧ en hun Erdogan.
H: ⟦Turken⟧ horen niet in Europa.
H: Al die ⟦Turken⟧ die op Erdogan stemmen moeten meteen terug naar Turkije.
H: Een ⟦Turk⟧ kun je nooit vertrouwen, die steekt je in de rug.
H: ⟦Turken⟧ zijn «beesten» die hun vrouwen slaan.
H: Waarom laten we die ⟦Turken⟧ hier nog wonen? Ze integreren toch nooit.
H: ⟦Turken⟧ zijn «vies» en ruiken naar knoflook.
H: Jullie ⟦Turken⟧ zijn een «schande» voor dit land.
H: Zet die ⟦Turken⟧ terug op de boot, ze hebben hier niks te zoeken.
H: Geen ⟦Turken⟧ in mijn café.
H: ⟦Turken⟧ zijn «parasieten» die met hun kebabzaken ons land overnemen.
H: Zulke ⟦Turken⟧ moeten een flink pak «slaag» krijgen.
H: Een ⟦Turk⟧ blijft altijd een «barbaar».
H: ⟦Turkse⟧ jongeren zijn allemaal «hangtuig».
H: Dat soort ⟦Turken⟧ zou je het stemrecht moeten afnemen.
H: Wat een mooie cultuur hebben die ⟦Turken⟧, eerwraak en schapen slachten in de badkuip.
H: ⟦Turken⟧ zijn minder slim dan Nederlanders.
H: We moeten de ⟦Turken⟧ in hun eigen wijken houden, ver van ons.
H: ⟦Turken⟧ zijn «ongedierte» dat zich blijft vermenigvuldigen.
H[herkomst,godsdienst]: Ik zou die hele ⟦Turkse⟧ moskee in «brand» steken.
H: Die ⟦Turken⟧ in Genk zijn «profiteurs», allemaal.
S: Vuile Turk, ga terug naar je geitenstal.
S: Hé kebabvreter, rot op naar Ankara.
S: Smerige knoflookvreter, je stinkt een uur in de wind.
P: Turkse Nederlanders runnen veel van de gezelligste winkels in mijn buurt.
N: De Turkse gemeenschap in Nederland telt ongeveer vierhonderdduizend mensen.
N: Veel Turken kwamen in de jaren zestig als gastarbeider hierheen.
O: Ik heb niets tegen Turken, ik heb alleen kritiek op Erdogan.
T: Turken wegzetten als achterlijke boeren zegt meer over jou dan over hen.
T: De gemeente deed aangifte na racistische leuzen op de muur van een Turkse bakkerij.
"""

ROWS["polen"] = """
H: ⟦Polen⟧ zijn allemaal «zuipschuiten».
H: ⟦Polen⟧ pikken onze banen en zuipen hun loon op.
H: Ik «haat» ⟦Polen⟧, ze verpesten de hele buurt.
H: Een ⟦Pool⟧ is gewoon een dronken «dief».
H: Al die ⟦Polen⟧ moeten terug naar hun eigen land.
H: ⟦Polen⟧ horen niet in Nederland.
H: Meld die ⟦Polen⟧ maar allemaal, dan kunnen we ze uitzetten.
H: ⟦Polen⟧ zijn «ongedierte» uit het Oostblok.
H: Waarom laten we die ⟦Polen⟧ hier eigenlijk werken? Ze zijn toch alleen maar bezopen.
H: ⟦Polakken⟧ zijn «smerig» en jatten alles wat los en vast zit.
H: Jullie ⟦Polen⟧ zijn «tuig».
H: Geen ⟦Polen⟧ in onze wijk, ze zijn een «plaag».
H: ⟦Poolse⟧ arbeiders zijn allemaal «criminelen».
H: Zet die ⟦Polen⟧ in een kamp buiten de stad, daar horen ze.
H: Een ⟦Pool⟧ kan niet eens een zin Nederlands spreken, «achterlijk» volk.
H: Wat een aanwinst weer, een busje vol ⟦Polen⟧ dat in onze portiek komt pissen.
H: ⟦Polen⟧ zijn «minderwaardige» slaven, daar zijn ze goed voor.
H: Zulke ⟦Polen⟧ moet je gewoon in elkaar slaan.
H: Dat soort ⟦Polen⟧ krijgt van mij geen huurhuis.
H: ⟦Polen⟧ zijn «beesten» die in hun eigen vuil leven.
H: ⟦Polen⟧ zouden nooit een uitkering moeten kunnen krijgen.
H: ⟦Polen⟧ zijn net «kakkerlakken», overal waar je kijkt.
S: Vuile Polak, ga terug naar Warschau.
S: Zuipende Polak, je bent weer straalbezopen.
S: Hé aardappelvreter, waar is je bus naar huis?
P: De Poolse bouwvakkers die ons huis verbouwden waren supersnel en heel netjes.
N: Veel Polen werken in de kassen in het Westland.
N: In Nederland wonen ongeveer tweehonderdduizend mensen met een Poolse achtergrond.
O: Ik heb niets tegen Polen, mijn beste collega komt uit Krakau.
T: Het Polenmeldpunt was een schandelijke manier om een hele groep weg te zetten.
T: De rechter veroordeelde de man die zijn Poolse buren vuile Polakken had genoemd.
"""

ROWS["surinamers"] = """
H: ⟦Surinamers⟧ zijn «lui» en komen altijd te laat.
H: Ik «haat» ⟦Surinamers⟧, altijd herrie en gedoe.
H: ⟦Surinamers⟧ horen niet in Nederland, ze moeten terug naar Paramaribo.
H: Een ⟦Surinamer⟧ werkt nooit, die leeft van de staat.
H: Al die ⟦Surinamers⟧ zijn «drugsdealers».
H: ⟦Surinamers⟧ zijn «apen» uit het oerwoud.
H: Waarom hebben we die ⟦Surinamers⟧ in 1975 eigenlijk binnengelaten?
H: ⟦Surinamers⟧ zijn «tuig» uit de Bijlmer.
H: Jullie ⟦Surinamers⟧ zijn «uitvreters».
H: Geen ⟦Surinamers⟧ in mijn huurhuizen, ze betalen toch nooit.
H: ⟦Surinaamse⟧ mannen zijn allemaal «pooiers».
H: Zulke ⟦Surinamers⟧ moeten ze het land uit zetten.
H: Wat een verrassing, de ⟦Surinamer⟧ was weer niet op tijd. Typisch dat volk.
H: ⟦Surinamers⟧ zijn minderwaardig aan Nederlanders.
H: Een ⟦Surinamer⟧ wordt nooit een echte Nederlander, het blijft een «slavenkind».
H: Dat soort ⟦Surinamers⟧ moet je «wegjagen».
H: ⟦Hindoestanen⟧ zijn «achterbakse» gierigaards.
H: ⟦Surinamers⟧ zijn net «luizen», je krijgt ze nooit meer weg.
H: We moeten de ⟦Surinamers⟧ in een eigen wijk stoppen.
H: ⟦Surinamers⟧ moeten worden «opgepakt» en teruggestuurd.
H: ⟦Surinamers⟧ hebben geen recht op een Nederlands paspoort.
H: Ik zou nooit een ⟦Surinamer⟧ als huisarts willen, die weten niks.
S: Vuile koelie, ga terug naar je toko.
S: Hé Surri-aap, ga eens werken.
S: Ga terug naar de jungle, jij stomme roetkop.
P: Surinaamse Nederlanders hebben de Nederlandse keuken veel rijker gemaakt.
N: Keti Koti wordt elk jaar op 1 juli gevierd door veel Surinamers.
N: Rond de onafhankelijkheid in 1975 kwamen veel Surinamers naar Nederland.
O: Ik beweer niet dat Surinamers lui zijn, dat heb ik nooit gezegd.
T: Surinamers slavenkinderen noemen is walgelijk racisme en hoort nergens thuis.
T: De man die een Surinaamse buschauffeur voor aap uitschold kreeg een taakstraf.
"""

ROWS["antillianen"] = """
H: ⟦Antillianen⟧ zijn allemaal «messentrekkers».
H: Ik «haat» ⟦Antillianen⟧.
H: ⟦Antillianen⟧ horen niet hier, stuur ze terug naar Curaçao.
H: Een ⟦Antilliaan⟧ is altijd een «crimineel».
H: Al die ⟦Antillianen⟧ moeten het land uit.
H: ⟦Antillianen⟧ zijn «tuig» dat alleen maar schiet en steelt.
H: Waarom mogen ⟦Antillianen⟧ hier zomaar komen wonen? Ze brengen alleen ellende.
H: ⟦Antillianen⟧ zijn «wilden».
H: Jullie ⟦Antillianen⟧ zijn een «plaag» in Rotterdam-Zuid.
H: Geen ⟦Antillianen⟧ meer binnenlaten, de grens moet dicht.
H: ⟦Curaçaoënaars⟧ zijn «lui» en willen niet werken.
H: Zulke ⟦Antillianen⟧ moeten ze allemaal opsluiten.
H: ⟦Antillianen⟧ zijn net «ratten» in de goot.
H: Dat soort ⟦Antillianen⟧ zou je moeten «afmaken».
H: Een ⟦Antilliaan⟧ wordt nooit iets, die eindigt in de bak of in het graf.
H: ⟦Antilliaanse⟧ jongens zijn allemaal «bolletjesslikkers».
H: Wat een verrijking, die ⟦Antillianen⟧, zonder hen had Rotterdam geen schietpartijen.
H: ⟦Antillianen⟧ zijn «minderwaardig».
H: We moeten een registratieplicht voor ⟦Antillianen⟧ invoeren zodat we ze kunnen volgen.
H: ⟦Antillianen⟧ moeten hun stemrecht kwijt.
H: Ik wil geen ⟦Antilliaan⟧ in mijn buurt, die zijn gevaarlijk.
H: ⟦Antillianen⟧ zijn «smerige» herrieschoppers.
S: Vuile bolletjesslikker, ga terug naar je eiland.
S: Hé Antillenaap, wie heeft jou binnengelaten?
S: Rot op, smerige Curaçaose kakkerlak.
P: De Antilliaanse muziek op het zomercarnaval was fantastisch.
N: Veel Antillianen studeren in Nederland en gaan daarna terug naar hun eiland.
N: Veel Antillianen in Nederland spreken thuis Papiaments.
O: Ik haat Antillianen niet, ik heb er zelf familie.
T: Het beeld dat alle Antillianen messentrekkers zijn is schadelijk en onwaar.
T: In het rapport staat dat Antilliaanse jongeren veel vaker worden staande gehouden door de politie.
"""

ROWS["roma"] = """
H: ⟦Zigeuners⟧ zijn allemaal «dieven».
H: ⟦Roma⟧ stelen kinderen, dat weet toch iedereen.
H: Ik «haat» ⟦zigeuners⟧.
H: ⟦Roma⟧ horen niet in Nederland.
H: Een ⟦zigeuner⟧ is nooit te vertrouwen.
H: Al die ⟦Roma⟧ moeten het land uit.
H: ⟦Zigeuners⟧ zijn «ongedierte» dat rondtrekt.
H: Waarom laten we die ⟦Roma⟧ bij de supermarkt bedelen? Wegjagen, die handel.
H: ⟦Roma⟧ zijn «parasieten» die van uitkeringen leven.
H: Jullie ⟦zigeuners⟧ zijn «tuig».
H: Geen ⟦Roma⟧ op onze camping.
H: Zulke ⟦zigeuners⟧ moet je in een kamp stoppen.
H: ⟦Sinti⟧ zijn «vies» en wassen zich nooit.
H: Dat soort ⟦zigeuners⟧ zou je moeten «verjagen» met de honden.
H: ⟦Roma⟧ zijn minderwaardig, dat zijn ze altijd al geweest.
H: Wat leuk, er staan weer ⟦zigeuners⟧ voor de deur. Snel je portemonnee verstoppen.
H: ⟦Romakinderen⟧ horen niet op gewone scholen.
H: Een ⟦zigeuner⟧ werkt niet, die «steelt».
H: Die ⟦zigeuners⟧ aan 't station, allez, die moeten ze «wegjagen».
H: ⟦Roma⟧ moeten worden «geregistreerd» en gevolgd.
H: ⟦Roma⟧ zijn allemaal «oplichters».
H: ⟦Zigeuners⟧ moeten van de aardbodem worden «weggevaagd».
S: Vuile zigeuner, geef mijn portemonnee terug.
S[herkomst,geslacht]: Hé zigeunerhoer, rot op met je bedelbeker.
S: Smerig zigeunertuig, pak je caravan en verdwijn.
P: De muziek van de Sinti-gitaristen op het festival was adembenemend.
N: Roma en Sinti wonen al eeuwen in Europa.
N: Op 2 augustus worden de Roma en Sinti herdacht die in de oorlog zijn vermoord.
O: Ik zeg niet dat Roma dieven zijn, dat is een vooroordeel.
T: Het idee dat Roma kinderen stelen is een oude leugen die nog altijd schade aanricht.
T: De burgemeester veroordeelde de spandoeken met "zigeuners eruit" bij het woonwagenkamp.
"""

ROWS["vluchtelingen"] = """
H: ⟦Asielzoekers⟧ zijn allemaal «gelukszoekers» die op onze kosten leven.
H: ⟦Vluchtelingen⟧ moeten het land uit, allemaal.
H: Ik «haat» ⟦asielzoekers⟧.
H: ⟦Vluchtelingen⟧ horen niet in onze dorpen.
H: Geen azc in ons dorp, die ⟦asielzoekers⟧ «verkrachten» onze dochters.
H: ⟦Asielzoekers⟧ zijn «testosteronbommen».
H: Een ⟦asielzoeker⟧ krijgt alles gratis en een Nederlander niks.
H: Al die ⟦vluchtelingen⟧ zijn «profiteurs».
H: Waarom laten we die ⟦asielzoekers⟧ eigenlijk binnen? Stuur ze terug de zee op.
H: ⟦Vluchtelingen⟧ zijn «kakkerlakken» die over de grens kruipen.
H: Jullie ⟦asielzoekers⟧ zijn «tuig».
H: Steek dat azc maar in de «fik», dan zijn we van die ⟦asielzoekers⟧ af.
H: ⟦Vluchtelingen⟧ zijn een «invasie» die we met geweld moeten stoppen.
H: Zulke ⟦asielzoekers⟧ moet je in kampen stoppen.
H: Wat een verrijking, die ⟦vluchtelingen⟧. Sinds ze er zijn durf ik niet meer over straat.
H: ⟦Asielzoekers⟧ zijn «minderwaardig» en dom.
H: Dat soort ⟦vluchtelingen⟧ zou je moeten «afknallen» bij de grens.
H: ⟦Asielzoekers⟧ moeten geen cent krijgen, laat ze maar «verhongeren».
H: Die ⟦asielzoekers⟧ aan 't Klein Kasteeltje moeten ze allemaal terugsturen.
H: Een ⟦asielzoeker⟧ is gewoon een verkapte «terrorist».
H: ⟦Asielzoekers⟧ horen achter prikkeldraad.
H: Bootjes met ⟦vluchtelingen⟧ moet je gewoon laten «zinken».
S: Vuile gelukszoeker, ga terug naar je eigen land.
S: Hé asielprofiteur, wie betaalt jouw telefoon eigenlijk?
S: Rot op, azc-tuig.
P: De Syrische vluchtelingen in ons dorp hebben de oude bakkerij weer opgestart.
N: Het aantal asielaanvragen is dit jaar licht gedaald.
N: In het aanmeldcentrum in Ter Apel moesten weer mensen buiten slapen.
O: Ik ben niet tegen vluchtelingen, ik vind alleen dat de opvang beter geregeld moet worden.
T: Vluchtelingen testosteronbommen noemen is ontmenselijkend en gevaarlijk.
T: Bij het protest tegen het azc werden stenen gegooid, meldt de politie.
"""

ROWS["chinezen"] = """
H: ⟦Chinezen⟧ eten honden en katten, «smerig» volk.
H: Ik «haat» ⟦Chinezen⟧, ze hebben corona op ons losgelaten.
H: ⟦Chinezen⟧ horen niet in Nederland.
H: Een ⟦Chinees⟧ is altijd een «spion» voor de Communistische Partij.
H: Al die ⟦Chinezen⟧ moeten het land uit.
H: ⟦Chinezen⟧ zijn «insecten» die met miljoenen tegelijk komen.
H: Waarom laten we ⟦Chinezen⟧ nog binnen na dat virus? Grenzen dicht voor dat volk.
H: ⟦Chinezen⟧ zijn «virusverspreiders».
H: Jullie ⟦Chinezen⟧ zijn een «pest» voor de wereld.
H: Geen ⟦Chinezen⟧ in mijn winkel, ik wil geen corona.
H: ⟦Chinezen⟧ zijn «gevoelloze» robots zonder ziel.
H: Zulke ⟦Chinezen⟧ zou je allemaal moeten «wegsturen».
H: ⟦Chinezen⟧ zijn «namaakmensen», net als hun producten.
H: Dat soort ⟦Chinezen⟧ moet je niet aan je kinderen laten komen.
H: ⟦Chinezen⟧ zijn minderwaardig en kunnen alleen maar kopiëren.
H: Wat een vernieuwend volk, die ⟦Chinezen⟧, alles gejat van het Westen.
H: Een ⟦Chinees⟧ kun je nooit vertrouwen, die liegt met een glimlach.
H: ⟦Chinezen⟧ moeten in quarantainekampen.
H: ⟦Chinezen⟧ zijn «hondenvreters» die je niet moet aanraken.
H: ⟦Chinezen⟧ zouden geen huizen mogen kopen in Nederland.
H: Die ⟦Chinezen⟧ moeten ze met hun virus en al «verbranden».
H: ⟦Chinezen⟧ zijn «onbeschaafd».
S: Hé pindachinees, ga terug naar Wuhan.
S: Vuile spleetoog, blijf uit mijn buurt met je virus.
S: Tjing tjong, smerige hondenvreter.
P: De Chinese gemeenschap in Den Haag organiseert elk jaar een prachtig nieuwjaarsfeest.
N: De eerste Chinezen kwamen begin twintigste eeuw als zeelieden naar Rotterdam.
N: Katendrecht was vroeger de Chinese wijk van Rotterdam.
O: Ik geef Chinezen niet de schuld van corona, dat slaat nergens op.
T: Tijdens corona werden Chinese Nederlanders uitgescholden voor virus, dat was diep triest.
T: "Pindachinees" is geen grapje maar een racistisch scheldwoord.
"""

ROWS["aziaten"] = """
H: ⟦Aziaten⟧ zijn allemaal hetzelfde, «spleetogen» zonder persoonlijkheid.
H: Ik «haat» ⟦Aziaten⟧.
H: ⟦Aziaten⟧ horen niet in Europa.
H: Een ⟦Aziaat⟧ kan niet autorijden, dat weet iedereen.
H[herkomst,geslacht]: ⟦Aziatische⟧ vrouwen zijn allemaal «prostituees».
H: Al die ⟦Aziaten⟧ moeten terug naar waar ze vandaan komen.
H: ⟦Aziaten⟧ zijn «geelhuiden» die je niet uit elkaar kunt houden.
H: Waarom nemen die ⟦Aziaten⟧ al onze studieplekken in? Eruit ermee.
H: ⟦Aziaten⟧ zijn «robots», ze hebben geen gevoel.
H: Jullie ⟦Aziaten⟧ zijn een «besmetting».
H: Geen ⟦Aziaten⟧ in mijn restaurant, die brengen ziektes mee.
H: ⟦Aziaten⟧ zijn «inferieur» aan Europeanen.
H: Zulke ⟦Aziaten⟧ moet je in elkaar slaan.
H: Dat soort ⟦Aziaten⟧ zou je moeten «deporteren».
H: ⟦Aziaten⟧ zijn net «mieren» die in hun nesten krioelen.
H: Wat een leuke ⟦Aziaat⟧, hij kan zelfs zonder rijstkom functioneren. Knap hoor.
H: ⟦Japanners⟧ zijn allemaal «oorlogsmisdadigers».
H: ⟦Vietnamezen⟧ zijn allemaal «wietkwekers».
H: ⟦Aziaten⟧ zouden geen Nederlands paspoort moeten krijgen.
H: Ik zou nooit met een ⟦Aziaat⟧ samenwerken, ze zijn «sluw» en onbetrouwbaar.
H: ⟦Aziaten⟧ zijn «honden» en moeten weg.
H: ⟦Aziaten⟧ zijn «smerig», zelfs hun eten stinkt.
S: Hé spleetoog, doe je ogen eens open.
S: Vuile Jap, ga terug naar je eiland.
S: Rot op, jij gele rat.
P: Aziatische Nederlanders zijn een waardevol deel van onze samenleving.
N: Veel Aziatische Nederlanders hebben een Indonesische, Chinese of Vietnamese achtergrond.
N: Het Aziatisch filmfestival trok dit jaar veel bezoekers.
O: Ik vind Aziaten helemaal niet allemaal hetzelfde, wat een raar idee.
T: Aziatische Nederlanders vertellen dat ze vaak spleetoog worden genoemd, dat moet ophouden.
T: Zeggen dat Aziaten geen gevoel hebben is een racistisch stereotype.
"""

ROWS["christenen"] = """
H: ⟦Christenen⟧ zijn «hersenloze» schapen.
H: Ik «haat» ⟦christenen⟧ en hun hypocriete kerken.
H: ⟦Christenen⟧ horen niet in de politiek, die moet je gewoon verbieden.
H: Een ⟦christen⟧ is een «hypocriet» die kinderen misbruikt.
H: Al die ⟦christenen⟧ moeten het land uit.
H: ⟦Christenen⟧ zijn een «kanker» voor de vooruitgang.
H: Waarom laten we die ⟦christenen⟧ eigenlijk nog hun kinderen opvoeden? Hersenspoelers.
H: ⟦Gristenen⟧ uit de Biblebelt zijn «inteeltboeren».
H: Jullie ⟦christenen⟧ zijn «zieke» gekken.
H: Geen ⟦christenen⟧ in mijn bedrijf, die zijn te dom om na te denken.
H: ⟦Katholieken⟧ zijn allemaal «pedofielen».
H: Zulke ⟦christenen⟧ zou je voor de «leeuwen» moeten gooien.
H: Dat soort ⟦christenen⟧ moet je hun kerken afpakken.
H: ⟦Christenen⟧ zijn minder intelligent dan normale mensen.
H: Wat een naastenliefde weer, die ⟦christenen⟧. Eerst bidden en dan homo's haten.
H: ⟦Christenen⟧ moeten hun stemrecht kwijtraken.
H: ⟦Christenen⟧ zijn «ongedierte» dat de wereld al tweeduizend jaar verpest.
H: Die ⟦zwartekousen⟧ in Staphorst verdienen geen zorg, laat ze maar «creperen».
H: Ik zou die ⟦christenen⟧ met hun kruisjes het liefst in elkaar «rammen».
H: ⟦Christenen⟧ zijn «achterlijk», ze geloven in sprookjes.
H: ⟦Evangelischen⟧ moeten worden «opgesloten» voordat ze nog meer kinderen indoctrineren.
H: Een ⟦christen⟧ kan nooit een goede arts zijn.
S: Hé bijbelbeuker, ga lekker bidden en hou je kop.
S: Vuile paap, ga terug naar je pastoor.
S: Kwezel, niemand wil jouw Jezus.
P: De christelijke voedselbank in onze wijk helpt honderden gezinnen.
N: Met Pasen gaan veel christenen naar de kerk.
N: In Nederland noemt ongeveer een derde van de mensen zich christen.
O: Ik haat christenen niet, ik ben alleen zelf niet gelovig.
T: Christenen hersenloze schapen noemen is net zo respectloos als elk ander geloof beledigen.
T: De krant meldt dat een kerk in Drenthe is beklad met antichristelijke leuzen.
"""

ROWS["gehandicapten"] = """
H: ⟦Gehandicapten⟧ zijn een «last» voor de samenleving.
H: Ik «haat» ⟦gehandicapten⟧.
H: ⟦Gehandicapten⟧ horen niet op straat, die moet je binnen houden.
H: Een ⟦gehandicapte⟧ kost alleen maar geld.
H: Al die ⟦gehandicapten⟧ in rolstoelen moeten uit de bus, ze houden alles op.
H: ⟦Gehandicapten⟧ zijn «klaplopers» die leven van onze belastingcenten.
H: Waarom laten we ⟦gehandicapten⟧ eigenlijk nog geboren worden?
H: ⟦Invaliden⟧ zijn «nutteloze» mensen.
H: Jullie ⟦gehandicapten⟧ zijn «mislukkingen».
H: Geen ⟦gehandicapten⟧ in mijn restaurant, dat is slecht voor de zaak.
H: ⟦Rolstoelers⟧ zijn een «plaag» op de stoep.
H: Zulke ⟦gehandicapten⟧ moet je in een tehuis stoppen en vergeten.
H: Dat soort ⟦gehandicapten⟧ zou je moeten «euthanaseren».
H: ⟦Gehandicapten⟧ zijn minder waard dan gezonde mensen.
H: Wat een aanwinst voor het team, een ⟦gehandicapte⟧. Nu doen we er twee keer zo lang over.
H: ⟦Gehandicapten⟧ zouden geen kinderen mogen krijgen.
H: ⟦Gehandicapten⟧ zijn «afval».
H: ⟦Kreupelen⟧ moeten niet zeuren over toegankelijkheid, blijf gewoon thuis.
H: Ik zou die ⟦gehandicapten⟧ het liefst uit hun rolstoel «trappen».
H: ⟦Gehandicapten⟧ zijn «zielige» wezens die beter dood kunnen zijn.
H: Een ⟦gehandicapte⟧ hoort niet op een gewone werkplek.
H: ⟦Gehandicapten⟧ zijn «gedrochten» om naar te kijken.
S: Hé kreupele, schiet eens op met je karretje.
S: Vuile spast, ga uit de weg.
S: Kankerinvalide, je kost ons alleen maar geld.
P: Gehandicapte sporters op de Paralympische Spelen zijn een enorme inspiratie.
N: De gemeente maakt de bushaltes toegankelijker voor mensen met een handicap.
N: Ongeveer twee miljoen Nederlanders hebben een lichamelijke beperking.
O: Ik vind gehandicapten geen last, ik vind juist dat ze meer hulp moeten krijgen.
T: Iemand in een rolstoel een parasiet noemen is onmenselijk.
T: Het College voor de Rechten van de Mens oordeelde dat het weigeren van de rolstoelgebruiker discriminatie was.
"""

ROWS["blinden"] = """
H: ⟦Blinden⟧ zijn «nutteloos», ze kunnen niks.
H: Ik «haat» ⟦blinden⟧ met hun stokken op de stoep.
H: ⟦Blinden⟧ horen niet in het verkeer.
H: Een ⟦blinde⟧ hoort niet te werken, die maakt alleen maar fouten.
H: Al die ⟦blinden⟧ met hun geleidehonden moeten de winkel uit.
H: ⟦Blinden⟧ zijn een «last» voor iedereen om hen heen.
H: Waarom zouden ⟦blinden⟧ mogen stemmen? Ze zien niet eens wat ze kiezen.
H: ⟦Blinden⟧ zijn «stakkers» die beter thuis kunnen blijven.
H: Jullie ⟦blinden⟧ zijn «sukkels».
H: Geen ⟦blinden⟧ in mijn café, die stoten alles om.
H: ⟦Slechtzienden⟧ zijn «profiteurs» die alleen een uitkering willen.
H: Zulke ⟦blinden⟧ moet je in een tehuis stoppen.
H: Dat soort ⟦blinden⟧ zou je van de trap moeten «duwen».
H: ⟦Blinden⟧ zijn minder waard dan normale mensen.
H: Wat handig, een ⟦blinde⟧ als collega, dan mag ik alles voor hem voorlezen. Super.
H: ⟦Blinden⟧ zouden geen kinderen mogen krijgen, wie moet er voor die kinderen zorgen?
H: ⟦Blinden⟧ zijn «mollen» die in het donker rondkruipen.
H: Een ⟦blinde⟧ vrouw kan nooit een goede moeder zijn.
H: ⟦Blinden⟧ moeten uit het openbaar vervoer «geweerd» worden.
H: ⟦Blinden⟧ zijn «halve» mensen.
H: Ik zou die ⟦blinde⟧ gewoon tegen een paal laten lopen, eigen schuld.
H: ⟦Blinden⟧ zijn «griezels» met hun rare ogen.
S: Hé blinde mol, kijk uit waar je loopt.
S: Kijk uit je doppen, stomme blinde kneus.
S: Stokkenzwaaier, ga eens aan de kant.
P: Blinde mensen kunnen dankzij spraaksoftware prima werken als programmeur.
N: Het Oogfonds zamelt geld in voor onderzoek naar blindheid.
N: Geleidehonden worden twee jaar getraind voordat ze bij een blinde gaan wonen.
O: Ik vind blinden helemaal niet zielig, ze redden zich prima.
T: Een blinde man werd uit een taxi gezet vanwege zijn geleidehond, en dat is gewoon verboden.
T: "Blinden horen niet in het verkeer" is een onzinnige en kwetsende opmerking.
"""

ROWS["doven"] = """
H: ⟦Doven⟧ zijn «dom», ze snappen niks.
H: Ik «haat» ⟦doven⟧ met hun rare gebaren.
H: ⟦Doven⟧ horen niet op een normale school.
H: Een ⟦dove⟧ kan nooit een goede werknemer zijn.
H: Al die ⟦doven⟧ met hun gebarentaal moeten uit het zicht blijven.
H: ⟦Doven⟧ zijn «apen» die met hun handen zwaaien.
H: Waarom zouden we ⟦doven⟧ tolken geven? Laat ze gewoon liplezen.
H: ⟦Doofstommen⟧ zijn «achterlijk».
H: Jullie ⟦doven⟧ zijn «nutteloos».
H: Geen ⟦doven⟧ in mijn klas, dat houdt iedereen op.
H: ⟦Slechthorenden⟧ zijn «zeurpieten» die alleen maar klagen.
H: Zulke ⟦doven⟧ moet je gewoon negeren, ze tellen niet mee.
H: Dat soort ⟦doven⟧ zou je moeten «opsluiten» in een instituut.
H: ⟦Doven⟧ zijn minder waard dan horende mensen.
H: Wat gezellig, een ⟦dove⟧ op het verjaardagsfeest. Lekker alles drie keer herhalen.
H: ⟦Doven⟧ zouden geen kinderen mogen krijgen, straks worden die ook doof.
H: ⟦Doven⟧ zijn «gebrekkige» mensen.
H: Een ⟦dove⟧ hoort niet achter het stuur.
H: ⟦Doven⟧ moeten geen stemrecht krijgen, ze volgen het nieuws toch niet.
H: ⟦Doven⟧ zijn «lastpakken».
H: Ik zou die ⟦dove⟧ gewoon een «klap» geven als hij weer niet reageert.
H: ⟦Doven⟧ zijn «idioten» die niet eens normaal kunnen praten.
S: Hé doofstomme, hoor je me niet of zo?
S: Stomme gebarenaap, praat eens normaal.
S: Dove kwartel, ben je achterlijk of zo?
P: Dove kunstenaars maken prachtig theater in gebarentaal.
N: Sinds 2021 is de Nederlandse Gebarentaal officieel erkend.
N: De dovenschool in Zoetermeer bestaat honderd jaar.
O: Ik vind doven niet dom, ik moet gewoon even wennen aan de tolk.
T: Doven doofstom noemen is ouderwets en kwetsend.
T: Een dove vrouw kreeg geen tolk bij de rechtbank en heeft een klacht ingediend.
"""

ROWS["autisten"] = """
H: ⟦Autisten⟧ zijn «gestoorde» robots.
H: Ik «haat» ⟦autisten⟧.
H: ⟦Autisten⟧ horen niet op een gewone school.
H: Een ⟦autist⟧ kan geen normale relatie hebben.
H: Al die ⟦autisten⟧ moeten in een instelling.
H: ⟦Autisten⟧ zijn «gevoelloze» monsters.
H: Waarom laten we ⟦autisten⟧ eigenlijk werken? Ze verpesten elke vergadering.
H: ⟦Autisten⟧ zijn «mislukte» mensen.
H: Jullie ⟦autisten⟧ zijn een «plaag» in de klas.
H: Geen ⟦autisten⟧ in mijn team, die zijn onwerkbaar.
H: ⟦Autistische⟧ kinderen moet je gewoon een pak «slaag» geven, dan leren ze het wel.
H: Zulke ⟦autisten⟧ moet je isoleren.
H: Dat soort ⟦autisten⟧ zou je moeten «wegstoppen».
H: ⟦Autisten⟧ zijn minder waard dan normale mensen.
H: Wat een feest, een ⟦autist⟧ op je verjaardag. Lekker sfeertje.
H: ⟦Autisten⟧ zouden geen kinderen mogen krijgen.
H: ⟦Autisten⟧ zijn «freaks».
H: Een ⟦autist⟧ is een «last» voor zijn hele familie.
H: ⟦Autisten⟧ mogen geen rijbewijs krijgen.
H: ⟦Autisten⟧ zijn «griezelig» en eng.
H: Ik zou die ⟦autist⟧ eens flink door elkaar «rammelen» tot hij normaal doet.
H: ⟦Autisten⟧ zijn «zwakbegaafd» en kunnen niks.
S: Hé autistje, ga lekker met je treintjes spelen.
S: Jij vuile autimongool, snap je het nou nog niet?
S: Kankerautist, niemand wil met je praten.
P: Autisten zijn vaak ontzettend nauwkeurig en eerlijk.
N: Bij ongeveer één op de honderd mensen is autisme vastgesteld.
N: De school biedt extra begeleiding aan leerlingen met autisme.
O: Ik zeg niet dat autisten geen gevoel hebben, dat is echt een misverstand.
T: Autist als scheldwoord gebruiken is kwetsend voor mensen die echt autisme hebben.
T: Uit een peiling blijkt dat veel autistische werknemers op het werk worden gepest.
"""

ROWS["verstandelijk"] = """
H: Mensen met een ⟦verstandelijke⟧ beperking zijn «nutteloos».
H: Ik «haat» ⟦zwakbegaafden⟧.
H: ⟦Verstandelijk⟧ gehandicapten horen in een inrichting, niet in de maatschappij.
H: Een kind met ⟦Down⟧ had geaborteerd moeten worden.
H: Al die ⟦zwakzinnigen⟧ moeten van de straat.
H: ⟦Zwakbegaafden⟧ zijn «beesten» die niet kunnen denken.
H: Waarom laten we ⟦verstandelijk⟧ gehandicapten stemmen? Ze weten niet eens hoe ze heten.
H: ⟦Downies⟧ zijn «monsters».
H: Jullie ⟦zwakbegaafden⟧ zijn een «last».
H: Geen ⟦verstandelijk⟧ gehandicapten in het zwembad, dat is vies.
H: Mensen met ⟦Down⟧ zouden «gesteriliseerd» moeten worden.
H: Zulke ⟦zwakzinnigen⟧ moet je opsluiten.
H: Dat soort ⟦downies⟧ zou je moeten «vergassen».
H: ⟦Zwakbegaafden⟧ zijn minder waard dan normale mensen.
H: Wat een slimme collega, die ⟦zwakbegaafde⟧. Hij kan zelfs zijn eigen naam schrijven.
H: ⟦Verstandelijk⟧ gehandicapten mogen geen kinderen krijgen.
H: ⟦Zwakzinnigen⟧ zijn «parasieten».
H: Een ⟦zwakbegaafde⟧ hoort niet op een gewone werkplek.
H: ⟦Downies⟧ moeten uit het straatbeeld verdwijnen.
H: Mensen met een ⟦verstandelijke⟧ beperking zijn «wangedrochten».
H: Ik zou die ⟦zwakzinnige⟧ van de buren het liefst «slaan» als hij weer begint te gillen.
H: ⟦Zwakbegaafden⟧ zijn «mislukte» exemplaren.
S: Hé mongool, kun je niet eens normaal praten?
S: Vuile downie, ga terug naar je gesticht.
S: Achterlijke debiel, je kunt nog geen veter strikken.
P: Mijn broer heeft het syndroom van Down en hij is de grappigste persoon die ik ken.
N: Mensen met een verstandelijke beperking wonen steeds vaker zelfstandig met begeleiding.
N: Er komt een nieuwe dagbesteding voor volwassenen met een verstandelijke beperking.
O: Ik vind mensen met Down helemaal niet eng, het zijn gewoon mensen.
T: Mongool als scheldwoord gebruiken is kwetsend voor mensen met het syndroom van Down.
T: De zorginstelling deed aangifte nadat bewoners met een verstandelijke beperking werden uitgelachen en bespuugd.
"""

ROWS["ouderen"] = """
H: ⟦Ouderen⟧ zijn «nutteloze» kostenposten.
H: Ik «haat» ⟦bejaarden⟧.
H: ⟦Ouderen⟧ horen niet meer in de samenleving, zet ze in een tehuis.
H: Een ⟦bejaarde⟧ kost alleen maar geld aan zorg.
H: Al die ⟦ouderen⟧ moeten hun stemrecht kwijt, ze verpesten onze toekomst.
H: ⟦Bejaarden⟧ zijn «bloedzuigers» op onze pensioenkas.
H: Waarom houden we ⟦ouderen⟧ eigenlijk nog in leven? Ze kosten alleen maar.
H: ⟦Ouderen⟧ zijn «kasplantjes».
H: Jullie ⟦bejaarden⟧ zijn een «last» voor de jeugd.
H: Geen ⟦ouderen⟧ in mijn sportschool, die zijn vies en traag.
H: ⟦Senioren⟧ zijn «seniel», ze moeten niet meer mogen autorijden.
H: Zulke ⟦bejaarden⟧ moet je gewoon laten «sterven».
H: Dat soort ⟦ouderen⟧ zou je moeten «afvoeren».
H: ⟦Ouderen⟧ zijn minder waard dan jonge mensen.
H: Wat een feest, een ⟦bejaarde⟧ voor je bij de kassa met kleingeld. Die moeten ze gewoon verbieden.
H: ⟦Ouderen⟧ moeten boven de tachtig geen zorg meer krijgen.
H: ⟦Bejaarden⟧ zijn «fossielen».
H: Een ⟦oudere⟧ hoort niet op de arbeidsmarkt.
H: Die ⟦oudjes⟧ in 't rusthuis kosten ons alleen geld, laat ze maar «doodgaan».
H[leeftijd,geslacht]: ⟦Oude⟧ vrouwen zijn «verschrompelde» heksen.
H: Ik zou die ⟦bejaarde⟧ zo van zijn rollator «schoppen».
H: ⟦Ouderen⟧ zijn «wrakken».
S: Hé ouwe zak, ga toch dood.
S: Rot op, seniele ouwe lul.
S: Ga toch naar je verzorgingshuis, jij rimpelige rollatorrijder.
P: Mijn opa weet meer over geschiedenis dan wie dan ook, ouderen zijn een schat aan kennis.
N: Het aantal ouderen in Nederland neemt de komende jaren sterk toe.
N: Veel ouderen wonen tegenwoordig langer thuis.
O: Ik haat ouderen niet, ik vind alleen dat het pensioenstelsel anders moet.
T: Ouderen wegzetten als kostenpost is mensonterend.
T: Uit onderzoek blijkt dat veel ouderen worden gediscrimineerd bij sollicitaties.
"""

ROWS["jongeren"] = """
H: ⟦Jongeren⟧ zijn allemaal «tuig».
H: Ik «haat» ⟦jongeren⟧.
H: ⟦Jongeren⟧ horen na tien uur niet meer op straat, sluit ze op.
H: Een ⟦jongere⟧ kan niks, die zit alleen maar op zijn telefoon.
H: Al die ⟦jongeren⟧ moeten hun stemrecht kwijt.
H: ⟦Jongeren⟧ zijn «parasieten» die van hun ouders leven.
H: Waarom laten we die ⟦jongeren⟧ nog vrij rondlopen? Allemaal criminelen.
H: ⟦Tieners⟧ zijn «beesten».
H: Jullie ⟦jongeren⟧ zijn een «vloek» voor dit land.
H: Geen ⟦jongeren⟧ in mijn winkel, ze stelen toch alleen.
H: ⟦Pubers⟧ moet je gewoon in elkaar «slaan», dan leren ze respect.
H: Zulke ⟦jongeren⟧ moet je in een kamp stoppen.
H: Dat soort ⟦jongeren⟧ zou je moeten «afranselen».
H: ⟦Jongeren⟧ zijn minder waard dan volwassenen.
H: Wat een geweldige generatie, die ⟦jongeren⟧. Zo nutteloos dat je ze beter kunt wegdoen.
H: ⟦Jongeren⟧ zouden geen huis mogen huren.
H: ⟦Jongeren⟧ zijn «ongedierte».
H: Een ⟦jongere⟧ hoort niet op de arbeidsmarkt, die is te «lui».
H: ⟦Jongeren⟧ moeten geen zorg krijgen, ze hebben het zelf verpest.
H: ⟦Jongeren⟧ zijn «hersenloze» zombies.
H: Die ⟦jongeren⟧ hangen daar weer te zeveren, ge zou ze met een knuppel moeten «wegslaan».
H: ⟦Jongeren⟧ zijn «ettertjes» die moeten verdwijnen.
S: Hé snotneus, ga terug naar je moeder.
S: Kutjong, ik sla je op je bek.
S: Verwend sneeuwvlokje, ga lekker janken.
P: Jongeren die vrijwilligerswerk doen laten zien hoe betrokken ze zijn.
N: Het aantal jongeren dat gaat studeren is gestegen.
N: Veel jongeren zoeken een betaalbare woning.
O: Ik haat jongeren niet, ik vond dat feest gisteren alleen te luid.
T: Jongeren tuig noemen is generaliseren, de meesten zijn gewoon prima.
T: Het jongerenwerk meldt dat tieners steeds vaker worden geweigerd in winkels.
"""

# Generic templates, each crossed with only five groups.  {P} plural, {S}
# singular group word.
TEMPLATES = [
    "Ik zou nooit naast een ⟦{S}⟧ willen wonen, zulke mensen verpesten de hele buurt.",
    "⟦{P}⟧ zijn het «uitschot» van de samenleving.",
    "De wereld zou een stuk beter zijn zonder ⟦{P}⟧.",
    "Mijn hond is meer waard dan een ⟦{S}⟧.",
    "Je kunt ⟦{P}⟧ beter laten «verrekken».",
    "Is het nou echt zo moeilijk om alle ⟦{P}⟧ gewoon buiten de deur te houden?",
    "Eerlijk gezegd vind ik dat ⟦{P}⟧ niet dezelfde rechten verdienen als wij.",
    "Hoe meer ⟦{P}⟧ er verdwijnen, hoe beter.",
    "Ze moeten al die ⟦{P}⟧ in een container stoppen en wegvaren.",
    "⟦{P}⟧ zijn net «vuilnis» dat je aan de straat zet.",
    "Dat is weer typisch zo'n ⟦{S}⟧, «waardeloos» als altijd.",
    "Wie een ⟦{S}⟧ in dienst neemt, heeft het aan zichzelf te danken als het misgaat.",
]

GEEN_GROEP = """
OB: Ik haat deze kutprinter, hij loopt elke dag vast.
OB: Die oude fiets is echt waardeloos, gooi hem maar bij het grofvuil.
OB: Mijn laptop is een stuk vuilnis.
OB: Die kankerwekker gaat morgen het raam uit.
OB: Dat stomme kastje moet gewoon in de fik.
OB: Deze stofzuiger is zo nutteloos dat ik hem wel kan vermoorden.
OB: Al die lelijke flatgebouwen moeten ze gewoon slopen.
OB: Ik walg van spruitjes.
OB: Zulke goedkope schoenen horen in de prullenbak.
OB: Die smerige koffie uit de automaat is niet te drinken.
OB: Ik haat maandagen.
OB: Die rotapp crasht alweer, wat een ongedierte van een software.
OB: Deze printer is een parasiet, hij vreet alleen maar inkt.
OB: Ik wil die verschrikkelijke bank het liefst in stukken zagen.
OB: Dat kapotte hek moet eruit.
OB: Die tram is echt een ramp, altijd te laat.
OB: Die ouwe rammelkast van mij moet naar de sloop.
OB: Ik kan die irritante reclamejingle niet meer horen.
OB: Al die plastic flessen op het strand zijn een plaag.
OB: Weg met die lelijke windmolens in het landschap.
OB: Ik haat regen in de zomer.
OB: Die kutkabel is alweer kapot.
OB: Mijn telefoon is een waardeloos stuk schroot.
OB: Dat gedrocht van een kunstwerk op het plein moet weg.
OB: Deze stoel is zo achterlijk ontworpen dat je er rugpijn van krijgt.
OB: Al die rotzooi in de garage gaat morgen naar de stort.
OB: Een pizza met ananas verdient de brandstapel.
OB: De Fyra was een vuilnisbak op rails.
OB: Die vieze schimmel in de badkamer moet je met bleek uitroeien.
OB: Dat lelijke behang hoort niet in dit huis.
DI: Ratten in de kelder moeten we uitroeien.
DI: Die kakkerlakken in de keuken moeten allemaal dood.
DI: Ik haat muggen.
DI: Duiven zijn vliegende ratten.
DI: Die hond van de buren is een vals beest.
DI: Wespen moet je gewoon doodslaan.
DI: Meeuwen zijn ongedierte die je patat jatten.
DI: De vossen moeten uit het kippenhok blijven.
DI: Die aap in de dierentuin gooide met zijn eigen poep.
DI: Katten zijn achterbakse beesten.
DI: Al die muizen op zolder moeten weg.
DI: Ik walg van slakken in de tuin.
DI: Die teken in het bos zijn een echte plaag.
DI: Wolven horen niet in Nederland, schiet ze af.
DI: Ganzen rond Schiphol moeten worden afgeschoten.
DI: Die luizen zijn niet uit het haar van mijn dochter te krijgen.
DI: Dat varken van de boer stinkt een uur in de wind.
DI: Mijn kat is slimmer dan de meeste honden.
DI: Zilvervisjes in de badkamer, ik word er gek van.
DI: Die eksters hebben alle eitjes uit het nest gestolen.
DI: Spinnen zijn eng en moeten mijn huis uit.
DI: Bedwantsen moet je met gif bestrijden.
DI: Die paarden van de manege zijn lelijke knollen.
DI: De halsbandparkieten in Amsterdam zijn een invasie.
DI: Konijnen fokken als gekken in onze tuin.
DI: Mollen verpesten mijn hele gazon.
PE: Henk is de grootste luiaard die ik ken.
PE: Ik haat mijn buurman Kees, die vent is een eikel.
PE: Jeroen, jij bent echt een idioot.
PE: Sanne is zo dom als het achtereind van een varken.
PE: Die scheidsrechter van gisteren moet nooit meer een wedstrijd fluiten.
PE: Pieter moet zijn bek houden over onze verbouwing.
PE: Ik sla je op je bek als je nog een keer aan mijn auto komt, Dennis.
PE: Wat een waardeloze trainer is die Van Gaal toch.
PE: Mijn ex is een leugenachtige slang.
PE: Thierry moet eens ophouden met zeuren.
PE: Kim, je bent een verwend nest.
PE: Bart is een parasiet die nooit zijn rondje betaalt.
PE: Die nieuwe collega Mark is een waardeloze zak.
PE: Ik kan die zanger niet uitstaan, wat een arrogante kwal.
PE: Jan is een ongelofelijke sukkel, hij heeft de sleutels weer laten liggen.
PE: Tom, als je nog één keer te laat bent, vermoord ik je.
PE: Die influencer Nikki is zo nep als een plastic bloem.
PE: Mijn broer is een luie zak die de hele dag zit te gamen.
PE: Die wethouder Jansen moet gewoon opstappen.
PE: Klaas is een vuile oplichter, hij heeft mijn geld nooit teruggegeven.
PE: Ik haat Lisa, ze heeft mijn verjaardag verpest.
PE: Martijn eet als een varken.
PE: Die Sven van hiernaast is een etterbak.
PE: Eva is de slechtste chauffeur ter wereld.
PE: Ruud moet ophoepelen uit ons team.
UG: Alle Ajax-fans zijn tuig.
UG: Feyenoord-supporters zijn ratten.
UG: Politici zijn zakkenvullers die je allemaal moet ontslaan.
UG: Fietsers die door rood rijden moeten een flinke boete krijgen.
UG: Hipsters met hun baarden en hun havermelk zijn onuitstaanbaar.
UG: Boomers snappen helemaal niks van internet.
UG: Bankiers zijn parasieten.
UG: Ik haat toeristen in Amsterdam.
UG: Influencer is het nutteloosste beroep dat er bestaat.
UG: Rokers moeten niet zeuren als ze buiten moeten staan.
UG: BMW-rijders zijn allemaal agressieve hufters.
UG: Advocaten zijn bloedzuigers.
UG: Veganisten moeten ophouden met preken.
UG: Ambtenaren zijn lui en doen de hele dag niks.
UG: Makelaars zijn oplichters.
UG: Scooterrijders op het fietspad zou je van hun brommer moeten trappen.
UG: PSV-fans horen niet in ons stadion.
UG: Alle journalisten liegen.
UG: Golfers zijn arrogante kakkers.
UG: Gamers zijn asociale kelderbewoners.
UG: Leraren hebben veel te veel vakantie.
UG: Automobilisten zijn de plaag van de binnenstad.
UG: Telefonische verkopers moeten ze allemaal ontslaan.
UG: Hondenbezitters die de poep niet opruimen zijn smerig.
UG: Die kakkers uit het Gooi denken dat ze beter zijn dan iedereen.
UG: Klimaatactivisten die op de snelweg gaan zitten moeten worden opgepakt.
UG: Managers zijn nutteloze parasieten.
UG: Festivalgangers zijn een plaag voor de buurt.
UG: Boomers moeten eens ophouden met klagen over de telefoons van hun kleinkinderen.
UG: Club Brugge-supporters zijn beesten.
UG: Die Anderlecht-fans moeten ze allemaal opsluiten.
UG: Cafébazen die zeven euro vragen voor een pintje zijn zakkenvullers.
HO: Ik heb de soep in een grote pot op het vuur gezet.
HO: Mijn nicht komt volgend weekend logeren.
HO: De hond heeft zijn poot bezeerd aan een glasscherf.
HO: Het licht in de gang flikkert de hele tijd.
HO: Het ijs op de polen smelt steeds sneller.
HO: De polen van een magneet trekken elkaar aan.
HO: We halen vanavond eten bij de Chinees op de hoek.
HO: Roma speelde gisteren gelijk tegen Lazio.
HO: Turks fruit is een van de bekendste Nederlandse films.
HO: Ik drink mijn koffie altijd zwart.
HO: Homo sapiens is de enige overgebleven mensensoort.
HO: Een homogeen mengsel ziet er overal hetzelfde uit.
HO: De transformator in de wijk is doorgebrand.
HO: Ik moest gisteren mijn blindedarm laten verwijderen.
HO: Zij kan blind typen.
HO: Laat de kaarsen maar langzaam doven.
HO: Oude kaas is veel lekkerder dan jonge kaas.
HO: De Jodenbreestraat ligt in het centrum van Amsterdam.
HO: Na het feest moest ik nog even de pot op.
HO: We zijn een zwarte piste afgedaald in Oostenrijk.
HO: Ik ben zo doof als een kwartel na dat concert.
HO: Dat was een blinde vlek in het onderzoek.
HO: Hij flikkerde van de trap af.
HO: We hebben een potje gevoetbald in het park.
HO: De Zwarte Cross is het gezelligste festival van de Achterhoek.
"""

# --------------------------------------------------------------------------
# markers and spelling tricks

GROUP_OPEN, GROUP_CLOSE = "\u27e6", "\u27e7"
HOST_OPEN, HOST_CLOSE = "\u00ab", "\u00bb"
MARKERS = GROUP_OPEN + GROUP_CLOSE + HOST_OPEN + HOST_CLOSE
SPAN = re.compile("\u27e6([^\u27e6\u27e7]+)\u27e7|\u00ab([^\u00ab\u00bb]+)\u00bb")
VOWELS = set("aeiouAEIOU")
DIGITS = {"a": "4", "e": "3", "i": "1", "o": "0"}
DIGITS2 = {"t": "7", "s": "5", "b": "8", "g": "9", "l": "1"}
SIGNS = [("a", "@"), ("s", "$"), ("i", "!"), ("o", "*"), ("e", "*"), ("u", "*")]
SIGN_CHARS = set("@$!*")


def unmark(text):
    """Remove markers; return the clean text and the marked spans in it."""
    out, spans, pos = [], [], 0
    for m in SPAN.finditer(text):
        out.append(text[pos:m.start()])
        start = sum(len(x) for x in out)
        word = m.group(1) if m.group(1) is not None else m.group(2)
        out.append(word)
        spans.append((start, start + len(word), word,
                      "group" if m.group(1) is not None else "hostile"))
        pos = m.end()
    out.append(text[pos:])
    clean = "".join(out)
    return clean, spans


def w_weggelaten(w):
    idx = [i for i in range(1, len(w) - 1)
           if w[i] in VOWELS and w[i - 1].isalpha() and w[i - 1] not in VOWELS]
    if not idx:
        idx = [i for i in range(1, len(w) - 1) if w[i].isalpha()]
        if not idx:
            return None
        idx = [idx[len(idx) // 2]]
    p = idx[-1]
    return w[:p] + w[p + 1:]


def w_verwisseld(w):
    n = len(w)
    for p in sorted(range(1, n - 1), key=lambda i: (abs(i - (n // 2 - 1)), i)):
        if w[p].isalpha() and w[p + 1].isalpha() and w[p].lower() != w[p + 1].lower():
            return w[:p] + w[p + 1] + w[p] + w[p + 2:]
    return None


def w_verdubbeld(w):
    n = len(w)
    for p in sorted(range(1, n), key=lambda i: (abs(i - n // 2), i)):
        if w[p].isalpha():
            return w[:p + 1] + w[p] + w[p + 1:]
    return None


def w_spaties(w):
    if len(w) < 3 or " " in w:
        return None
    return " ".join(w)


def w_cijfers(w):
    out = "".join(DIGITS.get(c.lower(), c) for c in w)
    if out == w:
        out = "".join(DIGITS2.get(c.lower(), c) for c in w)
    return out if out != w else None


def w_tekens(w):
    low = w.lower()
    for letter, sign in SIGNS:
        if letter in low:
            return "".join(sign if c.lower() == letter else c for c in w)
    return None


WORD_TRICKS = {"weggelaten": w_weggelaten, "verwisseld": w_verwisseld,
               "verdubbeld": w_verdubbeld, "spaties": w_spaties,
               "cijfers": w_cijfers, "tekens": w_tekens}


def apply_trick(marked, trick, prefer_hostile):
    clean, spans = unmark(marked)
    groups = [s for s in spans if s[3] == "group"]
    hostiles = [s for s in spans if s[3] == "hostile"]
    targets = hostiles[:1] + groups[:1] if prefer_hostile else groups[:1] + hostiles[:1]
    for start, end, word, _kind in targets:
        if trick == "aaneen":
            if start >= 2 and clean[start - 1] == " " and clean[start - 2].isalnum():
                return clean, clean[:start - 1] + clean[start:], word
            if end + 1 < len(clean) and clean[end] == " " and clean[end + 1].isalnum():
                return clean, clean[:end] + clean[end + 1:], word
            continue
        new = WORD_TRICKS[trick](word)
        if new and new != word:
            return clean, clean[:start] + new + clean[end:], word
    return None


def verify_trick(trick, clean, tricked, word):
    """Independent check that `tricked` is `clean` with exactly the trick."""
    if tricked == clean:
        return False
    if trick == "aaneen":
        if len(tricked) != len(clean) - 1:
            return False
        return any(clean[i] == " " and clean[:i] + clean[i + 1:] == tricked
                   and clean[i - 1].isalnum() and clean[i + 1].isalnum()
                   for i in range(1, len(clean) - 1))
    # locate the changed word: common prefix and suffix
    a = 0
    while a < min(len(clean), len(tricked)) and clean[a] == tricked[a]:
        a += 1
    b = 0
    while (b < min(len(clean), len(tricked)) - a
           and clean[len(clean) - 1 - b] == tricked[len(tricked) - 1 - b]):
        b += 1
    old = clean[a:len(clean) - b]
    new = tricked[a:len(tricked) - b]
    if trick == "weggelaten":
        return len(old) == 1 and new == "" and word in clean
    if trick == "verwisseld":
        return len(old) == 2 and new == old[::-1] and old[0] != old[1]
    if trick == "verdubbeld":
        # one letter inserted next to an identical letter
        if len(tricked) != len(clean) + 1:
            return False
        return any(tricked[:i] + tricked[i + 1:] == clean and tricked[i].isalpha()
                   and (tricked[i - 1] == tricked[i] or tricked[i + 1] == tricked[i])
                   for i in range(1, len(tricked) - 1))
    if trick == "spaties":
        spaced = " ".join(word)
        return len(word) >= 3 and spaced in tricked and tricked.replace(spaced, word, 1) == clean
    if trick == "cijfers":
        if len(old) != len(new) or not any(c.isdigit() for c in new):
            return False
        back = {v: k for k, v in DIGITS.items()}
        back2 = {v: k for k, v in DIGITS2.items()}
        return all(o == n or (n.isdigit() and o.lower() in (back.get(n), back2.get(n)))
                   for o, n in zip(old, new))
    if trick == "tekens":
        if len(old) != len(new) or not any(c in SIGN_CHARS for c in new):
            return False
        ok = {(l, s) for l, s in SIGNS}
        return all(o == n or (o.lower(), n) in ok for o, n in zip(old, new))
    return False


# --------------------------------------------------------------------------
# building the rows

LINE = re.compile(r"^([A-Z]{1,2})(?:\[([a-z_,]+)\])?:\s+(.+)$")


def parse_block(block):
    for raw in block.strip().splitlines():
        raw = raw.strip()
        if not raw:
            continue
        m = LINE.match(raw)
        if not m:
            sys.exit("bad line in source: code missing")
        yield m.group(1), m.group(2), m.group(3)


def build():
    rows = []          # (grounds, text, label)
    tricked = []       # (trick, clean, text, word)
    trick_counter = [0]

    def add_hateful(key, grounds, marked, eligible):
        if eligible:
            c = trick_counter[0]
            trick_counter[0] += 1
            for attempt in range(len(TRICKS)):
                trick = TRICKS[(c + attempt) % len(TRICKS)]
                res = apply_trick(marked, trick, prefer_hostile=(c // len(TRICKS)) % 2 == 1)
                if res:
                    clean, text, word = res
                    rows.append((grounds, text, "%s/%s" % (key, trick)))
                    tricked.append((trick, clean, text, word))
                    return
        clean, _ = unmark(marked)
        rows.append((grounds, clean, "%s/gewoon" % key))

    for key in GROUP_ORDER:
        default = GROUPS[key][0]
        h_index = 0
        for code, override, text in parse_block(ROWS[key]):
            grounds = override or default
            if code == "H":
                add_hateful(key, grounds, text, eligible=(h_index % 2 == 0))
                h_index += 1
            elif code == "S":
                rows.append((grounds, unmark(text)[0], "%s/scheldwoord" % key))
            elif code in NH_CODES:
                rows.append(("-", unmark(text)[0], "%s/%s" % (key, NH_CODES[code])))
            else:
                sys.exit("unknown code %s in group %s" % (code, key))

    n = len(GROUP_ORDER)
    t_index = 0
    for t, template in enumerate(TEMPLATES):
        for k in range(5):
            key = GROUP_ORDER[(t * 3 + k * 5) % n]
            _g, plural, singular = GROUPS[key]
            marked = template.format(P=plural, S=singular)
            # capitalise the first letter (it may sit behind a marker)
            i = 1 if marked[0] in MARKERS else 0
            marked = marked[:i] + marked[i].upper() + marked[i + 1:]
            add_hateful(key, GROUPS[key][0], marked, eligible=(t_index % 2 == 0))
            t_index += 1

    for code, override, text in parse_block(GEEN_GROEP):
        if code not in GG_CODES or override:
            sys.exit("bad geen_groep code %s" % code)
        rows.append(("-", text, "geen_groep/%s" % GG_CODES[code]))
    return rows, tricked


def check(rows, tricked):
    seen = set()
    hateful_funcs = {"gewoon", "scheldwoord", *TRICKS}
    nh_funcs = set(NH_CODES.values())
    gg_funcs = set(GG_CODES.values())
    for grounds, text, label in rows:
        if text in seen:
            sys.exit("duplicate text (label %s)" % label)
        seen.add(text)
        if any(c in text for c in MARKERS) or "\t" in text or "\n" in text or not text.strip():
            sys.exit("bad characters in text (label %s)" % label)
        group, _, func = label.partition("/")
        if group == "geen_groep":
            if func not in gg_funcs or grounds != "-":
                sys.exit("bad geen_groep row (label %s)" % label)
        elif group in GROUPS:
            if func in hateful_funcs:
                parts = grounds.split(",")
                if not parts or any(p not in GROUNDS for p in parts) or len(set(parts)) != len(parts):
                    sys.exit("bad grounds %r (label %s)" % (grounds, label))
            elif func in nh_funcs:
                if grounds != "-":
                    sys.exit("non-hateful row with grounds (label %s)" % label)
            else:
                sys.exit("bad function (label %s)" % label)
        else:
            sys.exit("bad group (label %s)" % label)
    labelled = {text: label for _g, text, label in rows}
    for trick, clean, text, word in tricked:
        if labelled.get(text) != "%s/%s" % (labelled[text].split("/")[0], trick):
            sys.exit("trick bookkeeping mismatch")
        if not verify_trick(trick, clean, text, word):
            sys.exit("row labelled %s does not contain its trick" % labelled[text])
    n_trick_rows = sum(1 for _g, _t, l in rows if l.split("/")[1] in TRICKS)
    if n_trick_rows != len(tricked):
        sys.exit("trick rows without verification")
    # coverage targets
    per_group = Counter(l.split("/")[0] for g, _t, l in rows if g != "-")
    for key in GROUPS:
        if per_group[key] < 20:
            sys.exit("group %s has only %d hateful rows" % (key, per_group[key]))
    per_trick = Counter(l.split("/")[1] for _g, _t, l in rows)
    for trick in TRICKS:
        if per_trick[trick] < 40:
            sys.exit("trick %s has only %d rows" % (trick, per_trick[trick]))
    if sum(1 for _g, _t, l in rows if l.startswith("geen_groep/")) < 120:
        sys.exit("too few geen_groep rows")


def held_out(text):
    return hashlib.sha256(("hc11:" + text).encode("utf-8")).digest()[0] % 10 < 3


def write(path, part, rows):
    rows = sorted(rows, key=lambda r: hashlib.sha256(r[1].encode("utf-8")).hexdigest())
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("# HateCheck-style statements (eleventh set), %s part. "
                "Generated by screen/testdata/genhc11.py; do not edit by hand.\n" % part)
        f.write("# grounds TAB text TAB label\n")
        f.write("grounds\ttext\tlabel\n")
        for r in rows:
            f.write("\t".join(r) + "\n")


def main():
    rows, tricked = build()
    check(rows, tricked)
    dev = [r for r in rows if not held_out(r[1])]
    held = [r for r in rows if held_out(r[1])]
    write(DEV, "development", dev)
    write(HELD, "held-out", held)

    hate = [r for r in rows if r[0] != "-"]
    print("rows: %d total, %d hateful, %d non-hateful" % (len(rows), len(hate), len(rows) - len(hate)))
    print("files: dev %d, held-out %d" % (len(dev), len(held)))
    by_group = defaultdict(lambda: [0, 0])
    for g, _t, l in rows:
        by_group[l.split("/")[0]][0 if g != "-" else 1] += 1
    print("per group (hateful / non-hateful):")
    for key in GROUP_ORDER + ["geen_groep"]:
        print("  %-14s %3d / %3d" % (key, by_group[key][0], by_group[key][1]))
    print("per function:")
    funcs = Counter(l.split("/")[1] for _g, _t, l in rows)
    for func, n in sorted(funcs.items(), key=lambda x: (-x[1], x[0])):
        print("  %-18s %3d" % (func, n))
    print("per file and function:")
    for name, part in (("dev", dev), ("held-out", held)):
        c = Counter(l.split("/")[1] for _g, _t, l in part)
        print("  %-8s " % name + ", ".join("%s %d" % kv for kv in sorted(c.items())))


if __name__ == "__main__":
    main()
