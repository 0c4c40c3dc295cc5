#!/usr/bin/env python3
"""Generate the twelfth HateCheck-style evaluation set for the Dutch screening engine.

How the set was written
-----------------------
Every statement in this file was written by hand from general knowledge of
Dutch (and some Flemish) as it is used on social media and in speech, following
the functional tests of HateCheck (Roettger et al. 2021, "HateCheck: Functional
Tests for Hate Speech Detection Models").  While writing it, the engine, its
lexicon, its Go code, its documentation and the earlier test sets were NOT read,
and the engine was not run; only the description of the file format (the
docstring of genhc11.py) was looked at.  The set is therefore meant to measure
how the engine generalises to text that was not tuned to it.

Covered functions
-----------------
  * explicit hatred, contempt, inferiority and stereotypes used as insults
  * dehumanisation (vermin, parasites, disease, animals, garbage)
  * direct threats and normative threats
  * calls to exclude, deport, segregate and deny rights
  * hate without a hostile keyword
  * rhetorical questions, sarcasm, opinions, hate phrased with die / al die /
    jullie / zulke / dat soort X, singular generic statements ("een X is
    altijd ..."), and second-person address (also Flemish "gij")
  * slurs aimed at a person, for every group, including Dutch online coinages
  * spelling variation, exactly one trick per row, applied either to the group
    word or to the hostile word
  * non-hateful contrasts: neutral and positive statements about a group,
    negated hate, counter-speech that quotes or rejects hate, reporting of
    hate, and rows without a protected group (objects, animals, named
    individuals, unprotected groups such as dikke mensen, wielrenners,
    Ajacieden, influencers, and homonyms such as de polen van een magneet,
    een joekel, een mongolenvlek, een nicht in de familie).

Besides the 25 group keys of the eleventh set this set adds hindoes,
arbeidsmigranten, intersekse, mannen and moluksers.

Most rows are written individually per group, with tropes that really
circulate about that group.  A small number of generic templates is crossed
with a few groups each (never with all of them).

In the hateful rows the group word is written between U+27E6 and U+27E7 and the
hostile word between guillemets.  These markers only tell the spelling tricks
where they may act; they are removed before writing.  About half of the
hand-written hateful rows (every other row of each group, and every other
template row) get a spelling trick; the tricks are handed out in turn so each
is used about equally often.  The tricks are:

  weggelaten  one letter deleted              (vrouwen -> vrouen)
  verwisseld  two adjacent letters swapped    (walg -> wlag)
  verdubbeld  one letter doubled              (tuig -> tuuig)
  aaneen      the word run together with its neighbour (die turken -> dieturken)
  spaties     the letters of the word separated by spaces (p o l e n)
  cijfers     digits for letters              (h0m0's)
  tekens      signs such as @ $ ! * for letters (r@t$)

Columns (tab separated, UTF-8)
------------------------------
  grounds  for a hateful row one or more (comma separated) of herkomst,
           godsdienst, antisemitisme, seksuele_gerichtheid, genderidentiteit,
           geslacht, handicap, leeftijd; for a non-hateful row "-".
  text     the statement (no tabs, no newlines).
  label    "<group>/<function>".  <function> for a hateful row is gewoon (no
           trick), scheldwoord (slur aimed at a person) or one of the trick
           names above; for a non-hateful row about a group it is positief,
           neutraal, ontkenning or tegenspraak; for geen_groep it is object,
           dier, persoon, ongeschermde_groep or homoniem.

A row is held out when sha256("hc12:" + text)[0] % 10 < 3; held-out rows go to
hatecheck-heldout12.tsv, the others to hatecheck-dev12.tsv.
"""

import collections
import hashlib
import os
import re
import sys

G = {}


def group(key, grounds, hate, slur, pos, neu, neg, tegen):
    def lines(s):
        return [l.strip() for l in s.strip().splitlines() if l.strip()]
    G[key] = dict(grounds=grounds, hate=lines(hate), slur=lines(slur),
                  positief=lines(pos), neutraal=lines(neu),
                  ontkenning=lines(neg), tegenspraak=lines(tegen))


group("vrouwen", "geslacht", """
Ik «walg» eerlijk gezegd van ⟦vrouwen⟧, ze zijn allemaal precies hetzelfde.
⟦Vrouwen⟧ zijn gewoon te «dom» om te stemmen, dat zie je elke verkiezing weer.
Een ⟦vrouw⟧ met een eigen mening is als een hond die blaft: «irritant» en nutteloos.
⟦Vrouwen⟧ zijn «vee», je moet ze gewoon africhten zoals vroeger.
Als een ⟦vrouw⟧ mij nog één keer tegenspreekt krijgt ze een «klap» voor haar kop.
Een flink pak «slaag» en die ⟦vrouwen⟧ weten weer waar hun plek is.
⟦Vrouwen⟧ horen niet op de werkvloer, laat ze thuis voor de kinderen zorgen.
Waarom laten we ⟦vrouwen⟧ eigenlijk nog «stemmen», ze snappen er toch niks van?
Ja hoor, weer een ⟦vrouw⟧ als minister, dat ging vorige keer ook zo «geweldig» 🙄
Mijn mening: ⟦vrouwen⟧ zijn emotioneel te «labiel» voor een leidinggevende functie.
Al die ⟦vrouwen⟧ op kantoor zitten de hele dag te «roddelen» en te zeuren.
Jullie ⟦vrouwen⟧ zijn allemaal «hoeren» zodra er geld op tafel ligt.
Een ⟦vrouw⟧ kan nooit een echte leider worden, dat zit er gewoon niet in.
Gij ⟦vrouwen⟧ moet uw «bakkes» houden als de venten aan het woord zijn.
""", """
Hou je bek, vuil kutwijf.
Ga terug naar je aanrecht, domme trut.
Wat zeur jij nou, stomme slet? #feminazi
""", """
Vrouwen hebben in de wetenschap enorm veel bereikt, vaak tegen de stroom in.
Mijn teamleider is een vrouw en ze is de beste baas die ik ooit heb gehad.
""", """
Vrouwen verdienen in Nederland gemiddeld nog steeds minder dan mannen.
Op 8 maart is het Internationale Vrouwendag.
""", """
Ik vind echt niet dat vrouwen slechter kunnen rijden dan mannen, wat een onzin.
""", """
"Vrouwen horen achter het aanrecht" roepen in 2024? Schaam je toch.
Mijn collega kreeg online te horen dat vrouwen niet kunnen leidinggeven; ik heb het account gemeld.
""")

group("moslims", "godsdienst", """
Ik «haat» ⟦moslims⟧ en daar schaam ik me niet voor.
⟦Moslims⟧ zijn «achterlijke» woestijnvolkjes die nooit de middeleeuwen zijn ontgroeid.
Elke ⟦moslim⟧ is een tikkende «tijdbom», ook de aardige.
⟦Moslims⟧ zijn een «kankergezwel» dat zich door Europa verspreidt.
Als ik een ⟦moslim⟧ zie bidden in het park trap ik z'n «kop» in.
Alle ⟦moskeeën⟧ moeten «platgebrand» worden, en de gelovigen erbij.
⟦Moslims⟧ passen gewoon niet in een vrij land als het onze.
Hoeveel aanslagen moeten er nog komen voordat we die ⟦moslims⟧ eindelijk «uitzetten»?
Tuurlijk, ⟦moslims⟧ zijn héél «vredelievend», zie je elke week op het nieuws 🙃
Ik vind dat ⟦moslims⟧ geen «stemrecht» zouden moeten hebben in Nederland.
Zulke ⟦moslims⟧ moet je het land «uitschoppen», allemaal.
Jullie ⟦moslims⟧ zijn «parasieten» die op onze kosten leven.
Een ⟦moslim⟧ zal altijd eerst naar de imam luisteren en pas daarna naar de wet.
#stopislam ⟦moslims⟧ zijn «geitenneukers» en dat weet iedereen.
""", """
Rot op naar je eigen land, vuile geitenneuker.
Jij bent gewoon een baardaap, meer niet.
Hé moslimpje, ga maar lekker je tapijtje kussen.
""", """
Mijn buren zijn moslim en ze brengen elk jaar met het Suikerfeest eten langs.
Veel moslims doen vrijwilligerswerk bij de voedselbank in onze wijk.
""", """
Tijdens de ramadan vasten moslims van zonsopgang tot zonsondergang.
In Nederland wonen naar schatting ruim een miljoen moslims.
""", """
Ik haat moslims niet, ik heb gewoon kritiek op sommige imams.
""", """
Wie roept dat moslims kakkerlakken zijn, hoort zelf niet in een beschaafd land.
Er is weer een varkenskop bij een moskee neergelegd, de politie onderzoekt het.
""")

group("homos", "seksuele_gerichtheid", """
Ik «kots» van ⟦homo's⟧ die hand in hand over straat lopen.
⟦Homo's⟧ zijn «ziek» in hun hoofd en moeten genezen worden.
⟦Homoseksuelen⟧ zijn «ongedierte» dat de jeugd verpest.
Als mijn zoon ⟦homo⟧ blijkt te zijn, sla ik het er wel «uit».
Zulke ⟦homo's⟧ zou je van het dak moeten «gooien».
Twee ⟦mannen⟧ die trouwen, dat hoort gewoon niet, dat is tegen de natuur.
Waarom moeten we ⟦homo's⟧ eigenlijk «adopteren» laten, die kinderen worden toch verpest?
Ah nee hè, wéér een ⟦homo⟧ die op tv zijn «gezeik» komt vertellen. Gezellig.
Naar mijn idee zijn ⟦homo's⟧ gewoon «pervers» en dat mag gezegd worden.
Al die ⟦homo's⟧ met hun «walgelijke» pride-optocht, weg ermee.
Jullie ⟦homo's⟧ zijn «vies» en verspreiden alleen maar ziektes.
Een ⟦homo⟧ is geen echte man, hoe hard hij ook zijn best doet.
⟦Homo's⟧ mogen wat mij betreft geen «leraar» zijn op een basisschool.
Die ⟦flikkers⟧ moeten maar eens flink in elkaar «getrapt» worden.
""", """
Loop niet zo te flikkeren, vuile flikker.
Jij bent gewoon een smerige nicht.
Kom hier dan, homo, dan zal ik je eens leren.
""", """
Mijn broer en zijn man zijn de liefste ooms die mijn kinderen zich kunnen wensen.
Homo's hebben veel betekend voor de Nederlandse kunst en cultuur.
""", """
Nederland was in 2001 het eerste land waar twee mannen konden trouwen.
Het Homomonument staat in Amsterdam bij de Westerkerk.
""", """
Ik heb helemaal niks tegen homo's, iedereen moet lekker houden van wie hij wil.
""", """
"Homo" als scheldwoord op het schoolplein, daar moeten leraren echt wat van zeggen.
Twee mannen werden in Arnhem in elkaar geslagen omdat ze hand in hand liepen.
""")

group("lesbiennes", "seksuele_gerichtheid", """
Ik «haat» ⟦lesbiennes⟧, ze verpesten elke kroeg waar ze komen.
⟦Lesbiennes⟧ zijn gewoon «mislukte» vrouwen die geen man kunnen krijgen.
Een ⟦lesbienne⟧ moet gewoon een keer goed «gepakt» worden, dan is ze genezen.
⟦Lesbo's⟧ zijn «smerige» beesten, echt waar.
Die twee ⟦lesbiennes⟧ naast ons zou ik het liefst met een «knuppel» de straat uit jagen.
⟦Lesbiennes⟧ horen geen kinderen op te voeden, een kind heeft een vader nodig.
Waarom moeten ⟦lesbiennes⟧ zo nodig «zoenen» waar iedereen bij staat?
Prachtig hoor, zo'n ⟦lesbienne⟧ met haar «manwijvenkop» op de voorpagina.
Volgens mij zijn ⟦lesbiennes⟧ gewoon «gestoord», sorry.
Al die ⟦lesbo's⟧ op die roze zaterdag moeten eens flink «aangepakt» worden.
Jullie ⟦lesbiennes⟧ zijn een «schande» voor alle echte vrouwen.
Zulke ⟦lesbiennes⟧ zou je geen «IVF» meer moeten geven.
""", """
Wat kijk je nou, vuile pot?
Jij bent gewoon een lelijke lesbo.
Ga toch weg, manwijf.
""", """
Mijn tante en haar vrouw hebben samen drie geweldige kinderen grootgebracht.
Lesbische sporters als Megan Rapinoe zijn voor veel meiden een voorbeeld.
""", """
Op Lesbische Zichtbaarheidsdag wordt aandacht gevraagd voor lesbische vrouwen.
Steeds meer lesbische stellen krijgen kinderen via een donor.
""", """
Ik vind lesbiennes echt niet vies, dat is een idiote opmerking.
""", """
Een lesbisch stel werd in de bus uitgescholden voor vuile potten; de chauffeur greep niet in.
Lesbiennes zijn geen mislukte vrouwen, wie dat zegt heeft zelf een probleem.
""")

group("biseksuelen", "seksuele_gerichtheid", """
⟦Biseksuelen⟧ zijn gewoon «hebberige» sletten die niet kunnen kiezen.
Ik «verafschuw» ⟦biseksuelen⟧, ze bedriegen iedereen.
Een ⟦biseksueel⟧ is altijd «ontrouw», dat zit in hun aard.
⟦Bi's⟧ zijn «aandachtshoeren», meer is het niet.
Zulke ⟦biseksuelen⟧ moet je uit je vriendengroep «kicken» voor ze je vriendin afpakken.
⟦Biseksuelen⟧ bestaan niet, die zijn gewoon in de war.
Wie wil er nou in godsnaam iets met een ⟦biseksueel⟧, die gaat toch «vreemd»?
Oh leuk, weer een ⟦bi⟧ die «experimenteert». Gaat vast lang goed 😂
Ik vind dat ⟦biseksuelen⟧ geen bloed zouden mogen «doneren», veel te riskant.
Jullie ⟦biseksuelen⟧ zijn «vies» en verspreiden soa's.
""", """
Jij bent gewoon een bi-slet die met alles wat beweegt het bed in duikt.
Ga lekker twijfelen ergens anders, vuile bi.
""", """
Mijn beste vriendin is biseksueel en is al tien jaar gelukkig met haar vriend.
Biseksuele mensen verdienen net zoveel erkenning als homo's en lesbiennes.
""", """
Op 23 september is het Bi Visibility Day.
Biseksuele mensen voelen zich aangetrokken tot meer dan één gender.
""", """
Biseksuelen zijn helemaal niet vaker ontrouw, dat is gewoon een fabeltje.
""", """
"Bi's kunnen gewoon niet kiezen" is een vooroordeel dat veel mensen nog steeds hebben.
Uit onderzoek blijkt dat biseksuele jongeren vaak gepest worden, ook binnen de roze gemeenschap.
""")

group("transgenders", "genderidentiteit", """
Ik «haat» ⟦transgenders⟧, ze zijn een belediging voor de natuur.
⟦Transgenders⟧ zijn «gestoorde» mensen die hulp nodig hebben, geen hormonen.
Een ⟦transvrouw⟧ is gewoon een «vent» in een jurk, punt.
⟦Transgenders⟧ zijn «freaks» en zo moet je ze ook behandelen.
Als zo'n ⟦trans⟧ de damestoiletten binnenloopt, sla ik hem persoonlijk «verrot».
Dat soort ⟦transgenders⟧ zou je gewoon moeten «castreren».
⟦Transgenders⟧ horen niet in het onderwijs, blijf van onze kinderen af.
Waarom moeten wij als belastingbetaler die «verminkingen» van ⟦transgenders⟧ betalen?
Jaja, zij is een ⟦vrouw⟧ hoor, met een «baard» en een adamsappel 🤡
Mijn mening: ⟦transgenders⟧ zijn «geesteszieken» die je niet moet aanmoedigen.
Al die ⟦transgenders⟧ moeten uit de sport worden «geweerd», allemaal.
Jullie ⟦transgenders⟧ zijn «nep» en dat blijven jullie ook.
Een ⟦transman⟧ zal nooit een echte man zijn, hoeveel operaties hij ook krijgt.
Geen paspoort met een X voor die ⟦transjes⟧, dat is «waanzin».
""", """
Ga weg, vuile travo.
Wat ben jij nou, een man of een vrouw? Ding!
Kijk die shemale eens lopen, wat een freak.
""", """
Mijn collega is een transvrouw en ze is een van de slimste mensen in ons bedrijf.
Transgender mensen laten veel moed zien door te zijn wie ze zijn.
""", """
Op 20 november is de Transgender Gedenkdag.
De wachtlijst voor genderzorg in Nederland is meer dan twee jaar.
""", """
Ik vind transgenders niet gestoord, ik snap alleen nog niet alles van het onderwerp.
""", """
"Een transvrouw is gewoon een man in een jurk" is kwetsend en klopt ook niet.
Een transvrouw werd in Rotterdam uitgescholden en geslagen; de dader is opgepakt.
""")

group("joden", "antisemitisme", """
Ik «haat» ⟦joden⟧, ze hebben overal hun vingers in.
⟦Joden⟧ zijn «gierige» geldwolven die alleen aan zichzelf denken.
⟦Joden⟧ zijn de «ratten» van de wereld, dat wisten ze in de jaren dertig al.
Hitler had die ⟦joden⟧ allemaal moeten «vergassen».
Ik zou die ⟦joden⟧ in Amstelveen eens goed willen «afmaken».
⟦Joden⟧ controleren de banken, de media en de regering, wakker worden mensen.
Waarom denk je dat die ⟦joden⟧ altijd zo rijk zijn? Juist, «woeker».
Ach ja, die arme ⟦joden⟧ toch, altijd maar «slachtoffer» spelen 🙄
Volgens mij zijn ⟦joden⟧ gewoon «parasieten» op elke samenleving.
Al die ⟦joden⟧ moeten naar Israël «opgerot», dan zijn we van ze af.
Jullie ⟦joden⟧ zijn «kindermoordenaars», allemaal.
Een ⟦jood⟧ zal nooit loyaal zijn aan Nederland, alleen aan zijn eigen volk.
Dat soort ⟦joden⟧ zou je het «burgerschap» moeten afnemen.
Hamas, Hamas, ⟦joden⟧ aan het «gas»!
""", """
Vuile jood, ga terug naar je schuilkelder.
Hé smous, hoeveel rente reken je vandaag?
Jij bent een rotjood, net als je vader.
""", """
De Joodse gemeenschap heeft Amsterdam voor een groot deel gevormd.
Mijn Joodse buurvrouw bakt de lekkerste challe die ik ooit heb geproefd.
""", """
Het Joods Museum ligt in de Amsterdamse Jodenbuurt.
Op Jom Kipoer vasten veel Joden een etmaal lang.
""", """
Ik heb niks tegen joden, kritiek op de Israëlische regering is iets heel anders.
""", """
Bij de Ajax-wedstrijd riepen supporters van de tegenpartij "joden aan het gas"; de KNVB doet onderzoek.
Wie beweert dat joden de wereld besturen, praat complotten na die al eeuwen oud zijn.
""")

group("zwarten", "herkomst", """
Ik «haat» ⟦zwarten⟧, ik kan er niks aan doen.
⟦Zwarten⟧ zijn «lui» en willen alleen maar uitkeringen.
⟦Zwarten⟧ zijn nog maar net uit de «bomen» geklommen.
Die ⟦zwarten⟧ zijn «apen», kijk maar hoe ze zich gedragen.
Als er nog één ⟦zwarte⟧ in mijn straat komt wonen, steek ik zijn huis in de «fik».
⟦Negers⟧ zou je allemaal terug moeten «verschepen» naar Afrika.
⟦Zwarte⟧ mensen horen niet in de politiek, laat dat maar aan ons over.
Waarom zijn ⟦zwarten⟧ altijd zo «agressief», kan iemand dat uitleggen?
Ja hoor, een ⟦zwarte⟧ in de Tweede Kamer, wat een «vooruitgang» 🐒
Eerlijk gezegd vind ik ⟦zwarten⟧ gewoon minder «intelligent», dat is biologie.
Al die ⟦zwarten⟧ in de Bijlmer zijn «criminelen», allemaal.
Jullie ⟦zwarten⟧ zijn «beesten» en dat zullen jullie altijd blijven.
Een ⟦zwarte⟧ kan nooit een echte Nederlander zijn.
Zwarte Piet blijft, en die «zeikende» ⟦zwarten⟧ kunnen oprotten.
""", """
Wat moet je, vuile neger?
Ga terug naar je hut, roetmop.
Jij bent gewoon een bosaap.
""", """
Zwarte Nederlanders hebben een enorme bijdrage geleverd aan onze muziek en sport.
Mijn zwarte collega is de grappigste persoon op de hele afdeling.
""", """
Op 1 juli wordt met Keti Koti de afschaffing van de slavernij herdacht.
Veel zwarte Nederlanders hebben wortels in Suriname, de Antillen of Afrika.
""", """
Ik vind zwarte mensen helemaal niet luier dan anderen, dat is gewoon racisme.
""", """
Zwarte voetballers worden nog steeds met apengeluiden ontvangen in stadions, en dat moet stoppen.
"Ga terug naar je land" zeggen tegen een zwarte Amsterdammer die hier geboren is, hoe dom kun je zijn.
""")

group("marokkanen", "herkomst", """
Ik «haat» ⟦Marokkanen⟧ met heel mijn hart.
⟦Marokkanen⟧ zijn allemaal «tuig», van jong tot oud.
⟦Marokkanen⟧ zijn «kakkerlakken» die zich overal nestelen.
Minder, minder, minder ⟦Marokkanen⟧, en dan het liefst «nul».
Als zo'n ⟦Marokkaan⟧ nog één keer aan mijn scooter zit, steek ik hem «neer».
Zet die ⟦Marokkanen⟧ toch allemaal op een boot «terug» naar de Rif.
⟦Marokkanen⟧ horen gewoon niet in Nederland, hoe lang ze hier ook wonen.
Hoezo kunnen ⟦Marokkanen⟧ nooit eens normaal doen in de trein? Zit in het «bloed» zeker.
Wat een «verrijking» toch, al die ⟦Marokkanen⟧ in de Schilderswijk 🙄
Ik vind dat ⟦Marokkanen⟧ met een «strafblad» hun paspoort kwijt moeten, gewoon allemaal.
Die ⟦Marokkanen⟧ zijn «dieven», zo simpel is het.
Jullie ⟦Marokkanen⟧ zijn een «plaag» voor elke stad.
Een ⟦Marokkaan⟧ blijft altijd een straatrover, ook in een pak.
Zulke ⟦Marokkanen⟧ moet je in een «kamp» stoppen en de sleutel weggooien.
""", """
Kutmarokkaan, rot op uit mijn buurt.
Hé makak, ga je weer fietsen jatten?
Jij vuile Marokkaan, ik weet waar je woont.
""", """
De Marokkaanse keuken is echt een verrijking, die tajine van mijn buurvrouw is hemels.
Veel Marokkaanse Nederlanders zijn ondernemer, arts of advocaat geworden.
""", """
In de jaren zestig kwamen de eerste Marokkaanse gastarbeiders naar Nederland.
Marokkaanse Nederlanders vormen een van de grootste migrantengroepen in het land.
""", """
Ik vind helemaal niet dat Marokkanen criminelen zijn, dat is een vreselijke generalisatie.
""", """
"Minder Marokkanen" was een uitspraak waarvoor een politicus veroordeeld is wegens groepsbelediging.
Een Marokkaanse jongen werd geweigerd bij de club omdat hij Marokkaan was; de zaak ligt bij het College voor de Rechten van de Mens.
""")

group("turken", "herkomst", """
Ik «walg» van ⟦Turken⟧, allemaal Erdoğan-fans.
⟦Turken⟧ zijn «primitieve» bergboeren, meer niet.
⟦Turken⟧ zijn «ongedierte» dat zich in Europa heeft vastgebeten.
Die ⟦Turken⟧ met hun toeterende auto's zou ik het liefst van de weg «rammen».
Stuur die ⟦Turken⟧ allemaal «terug» naar Anatolië, ze houden toch meer van Turkije.
⟦Turken⟧ integreren nooit en dat gaan ze ook nooit doen.
Waarom moeten wij ⟦Turken⟧ een dubbel paspoort «gunnen», ze zijn toch niet loyaal?
Prachtig weer, die ⟦Turken⟧ die na de verkiezingen op de Coolsingel staan te «feesten» 🤮
Ik vind dat ⟦Turken⟧ niet mogen «stemmen» in Nederland zolang ze voor Erdoğan kiezen.
Al die ⟦Turken⟧ zijn «zwartwerkers» met hun shoarmatentjes.
Jullie ⟦Turken⟧ zijn een «schande» voor dit land.
Een ⟦Turk⟧ zal nooit een Nederlander worden, hoe lang hij hier ook woont.
""", """
Ga terug naar je geitenstal, vuile Turk.
Hé kuttur, je kebab is koud.
""", """
Turkse Nederlanders hebben veel winkelstraten weer tot leven gebracht.
Mijn Turkse schoonmoeder maakt de beste börek van de wereld.
""", """
De eerste Turkse gastarbeiders kwamen in 1964 naar Nederland na een wervingsakkoord.
Veel Turkse Nederlanders wonen in Rotterdam, Den Haag en Amsterdam.
""", """
Niet alle Turken stemmen op Erdoğan, en dat maakt ze ook niet slecht.
""", """
Iemand schreef "Turken eruit" op de gevel van een moskee in Zaandam; de politie zoekt getuigen.
Wie Turken ongedierte noemt, moet niet klagen als hij zelf zo genoemd wordt.
""")

group("polen", "herkomst", """
Ik «haat» ⟦Polen⟧, ze pakken al ons werk af.
⟦Polen⟧ zijn «zuipschuiten» die elke avond stomdronken op straat liggen.
⟦Polen⟧ zijn «schorem» uit het Oostblok.
Die ⟦Polen⟧ in de flat naast me zou ik graag eens in elkaar «rammen».
Al die ⟦Polen⟧ moeten «terug» naar huis, we hebben ze niet nodig.
⟦Polen⟧ horen niet in onze wijk, zet ze maar op een camping buiten de stad.
Waarom moeten we ⟦Polen⟧ eigenlijk een «uitkering» geven?
Lekker, weer een ⟦Pool⟧ die met zijn busje zonder «rijbewijs» rondrijdt 🙄
Mijn mening is dat ⟦Polen⟧ «dieven» zijn, op de bouw verdwijnt alles.
Jullie ⟦Polen⟧ zijn «tuig», elke vrijdag hetzelfde gedoe.
Een ⟦Pool⟧ werkt voor een dubbeltje en neemt dan nog je vrouw af.
Zulke ⟦Polen⟧ moet je met z'n allen «deporteren», klaar.
""", """
Hé vuile Polak, sta niet zo te zuipen voor mijn deur.
Ga terug naar je kolenmijn, Polenvreter.
""", """
Zonder Poolse vakmensen zou de Nederlandse bouw stil komen te liggen.
Mijn Poolse collega's zijn de hardste werkers die ik ken.
""", """
Er wonen ongeveer tweehonderdduizend Polen in Nederland.
Veel Polen werken in de kassen in het Westland.
""", """
Ik vind Polen helemaal geen zuipers, dat is een belachelijk vooroordeel.
""", """
Het meldpunt voor klachten over Polen was een schandelijk initiatief, en gelukkig is het opgeheven.
Poolse arbeiders werden in Den Haag met stenen bekogeld; de burgemeester noemde het verwerpelijk.
""")

group("surinamers", "herkomst", """
Ik «haat» ⟦Surinamers⟧ en hun herrie.
⟦Surinamers⟧ zijn «lui» en komen altijd te laat, Surinaamse tijd zeker.
⟦Surinamers⟧ zijn «aapjes» met gouden kettingen.
Als ik die ⟦Surinamers⟧ in de Bijlmer weer hoor, schiet ik ze «neer».
Stuur al die ⟦Surinamers⟧ «terug» naar Paramaribo.
⟦Surinamers⟧ horen niet in een Nederlandse politiekorps, dat werkt gewoon niet.
Waarom zijn ⟦Surinamers⟧ altijd aan het «dealen»? Is dat cultuur?
Geweldig, een ⟦Surinamer⟧ die op tijd komt, dat is een «wonder» 😂
Ik vind ⟦Surinamers⟧ gewoon «tuig», sorry niet sorry.
Jullie ⟦Surinamers⟧ zijn «parasieten» op onze sociale zekerheid.
""", """
Hé bosneger, ga terug naar Suriname.
Vuile surri, wat moet je hier?
""", """
Surinaamse Nederlanders hebben onze keuken verrijkt met roti en pom.
Veel van onze beste voetballers hebben Surinaamse ouders.
""", """
Suriname werd in 1975 onafhankelijk van Nederland.
Rond de onafhankelijkheid verhuisden veel Surinamers naar Nederland.
""", """
Ik vind Surinamers echt niet lui, mijn Surinaamse buurman werkt zich een ongeluk.
""", """
Een Surinaamse vrouw werd in de supermarkt voor aap uitgescholden; omstanders grepen in.
Het idee dat Surinamers altijd te laat komen is een stereotype dat we moeten laten varen.
""")

group("antillianen", "herkomst", """
Ik «haat» ⟦Antillianen⟧, die lui brengen alleen maar ellende.
⟦Antillianen⟧ zijn «messentrekkers», iedereen weet dat.
⟦Antillianen⟧ zijn «beesten» die je niet kunt opvoeden.
Die ⟦Antillianen⟧ in onze straat zou ik met een honkbalknuppel «wegjagen».
Al die ⟦Antillianen⟧ moeten «terug» naar Curaçao, op een enkeltje.
⟦Antillianen⟧ horen gewoon niet in Nederland, zet ze op het vliegtuig.
Waarom laten we ⟦Antillianen⟧ eigenlijk gewoon «binnenkomen»?
Wat een «aanwinst» weer, die ⟦Antillianen⟧ in Rotterdam-Zuid 🙄
Volgens mij zijn ⟦Antillianen⟧ gewoon «crimineel» van aard.
Jullie ⟦Antillianen⟧ zijn «uitschot», allemaal.
""", """
Ga terug naar je eiland, vuile Antilliaan.
Hé Antilliaantje, waar is je mes?
""", """
Antilliaanse Nederlanders hebben onze honkbalcompetitie groot gemaakt.
Mijn Curaçaose vriendin is de warmste persoon die ik ken.
""", """
Curaçao, Aruba en Sint Maarten zijn landen binnen het Koninkrijk der Nederlanden.
Antillianen zijn gewoon Nederlanders met een Nederlands paspoort.
""", """
Ik denk niet dat Antillianen crimineler zijn dan wie dan ook.
""", """
Het plan om Antilliaanse jongeren apart te registreren werd terecht afgeschoten als discriminatie.
Op Twitter werd een Antilliaanse zangeres voor "messentrekker" uitgemaakt; haar fans reageerden woedend.
""")

group("roma", "herkomst", """
Ik «haat» ⟦zigeuners⟧, waar ze komen verdwijnt alles.
⟦Roma⟧ zijn allemaal «dieven» en bedelaars.
⟦Zigeuners⟧ zijn «ongedierte» dat je moet verdrijven.
Als die ⟦zigeuners⟧ weer met hun caravans komen, steek ik ze in de «fik».
Jaag die ⟦Roma⟧ het land «uit», ze willen toch niet werken.
⟦Roma⟧ horen in aparte kampen buiten de stad, niet tussen normale mensen.
Waarom geven we ⟦Roma⟧ eigenlijk nog «kinderbijslag»?
Wat «gezellig», die ⟦zigeuners⟧ die weer op het station staan te bedelen 🙄
Ik vind ⟦Roma⟧ gewoon «asociaal», dat is geen racisme, dat is waarheid.
Jullie ⟦zigeuners⟧ zijn «tuig», blijf van mijn spullen af.
Een ⟦zigeuner⟧ zal nooit eerlijk werken, dat zit niet in hun bloed.
Zulke ⟦Roma⟧ moet je «steriliseren», dan stopt het vanzelf.
""", """
Blijf van mijn fiets af, vuile zigeuner.
Ga terug naar je woonwagen, zigeunertuig.
""", """
Roma-muzikanten hebben de Europese muziek enorm beïnvloed.
Mijn Roma-klasgenoot was de beste violist van de hele muziekschool.
""", """
Op 8 april is het Internationale Romadag.
Roma en Sinti werden in de Tweede Wereldoorlog ook vervolgd en vermoord.
""", """
Ik vind echt niet dat alle Roma stelen, wat een idioot vooroordeel.
""", """
De Sinti en Roma die in 1944 uit Westerbork werden weggevoerd, worden elk jaar herdacht.
Een gemeente die Roma de toegang tot de camping weigert, discrimineert gewoon.
""")

group("vluchtelingen", "herkomst", """
Ik «haat» ⟦vluchtelingen⟧, ze komen hier alleen voor ons geld.
⟦Asielzoekers⟧ zijn «gelukszoekers» en verkrachters, allemaal.
⟦Vluchtelingen⟧ zijn een «sprinkhanenplaag» die Europa kaalvreet.
Als dat ⟦azc⟧ hier in het dorp komt, gooien we er «molotovcocktails» naar binnen.
Zet die ⟦asielzoekers⟧ op een boot en «zink» hem halverwege.
⟦Vluchtelingen⟧ horen in hun eigen regio, niet in onze dorpen.
Waarom krijgen ⟦vluchtelingen⟧ wél een huis en wij niet? Kunnen ze niet gewoon «oprotten»?
Ja hoor, allemaal «arme» ⟦vluchtelingen⟧ met een iPhone en Nikes 🙄
Ik vind dat ⟦asielzoekers⟧ geen enkel «recht» op zorg moeten hebben.
Al die ⟦vluchtelingen⟧ zijn «profiteurs» die nooit gaan werken.
Jullie ⟦asielzoekers⟧ zijn «uitschot» en jullie moeten terug.
Een ⟦vluchteling⟧ bijt altijd de hand die hem voedt.
Grenzen dicht en alle ⟦asielzoekers⟧ eruit, «remigratie» nu! #grenzendicht
Zulke ⟦vluchtelingen⟧ moet je in «kampen» achter prikkeldraad zetten.
""", """
Ga terug naar je oorlog, vuile gelukszoeker.
Hé asieltuig, hoeveel fietsen heb je vandaag gejat?
Jij bent gewoon een fortuinzoeker, lul.
""", """
Veel vluchtelingen uit Syrië zijn inmiddels verpleegkundige of docent geworden.
Mijn klasgenoot kwam als vluchteling uit Eritrea en is nu mijn beste vriend.
""", """
Het aanmeldcentrum in Ter Apel zat deze zomer weer overvol.
Vluchtelingen uit Oekraïne mogen in Nederland zonder werkvergunning werken.
""", """
Ik geloof niet dat vluchtelingen alleen voor het geld komen, niemand vlucht voor de lol.
""", """
Bij de inspraakavond over het azc riep iemand "vuurwerk erop"; de burgemeester heeft aangifte gedaan.
Wie asielzoekers sprinkhanen noemt, ontmenselijkt mensen die voor een oorlog zijn gevlucht.
""")

group("chinezen", "herkomst", """
Ik «haat» ⟦Chinezen⟧, ze hebben corona over de wereld verspreid.
⟦Chinezen⟧ zijn «vieze» hondeneters.
⟦Chinezen⟧ zijn «mieren» zonder eigen wil, gewoon robots.
Als die ⟦Chinees⟧ hier nog één keer hoest, sla ik hem zijn «tanden» uit zijn bek.
Gooi al die ⟦Chinezen⟧ het land «uit», voor ze ons nog meer virussen geven.
⟦Chinezen⟧ horen niet op onze universiteiten, het zijn allemaal spionnen.
Waarom eten ⟦Chinezen⟧ eigenlijk «vleermuizen», zijn ze gek of zo?
Lekker hoor, die ⟦Chinezen⟧ met hun «kungflu» 😷
Eerlijk gezegd vind ik ⟦Chinezen⟧ gewoon «onbetrouwbaar», allemaal.
Jullie ⟦Chinezen⟧ zijn «ongedierte», blijf in Wuhan.
Een ⟦Chinees⟧ kan nooit creatief zijn, alleen kopiëren.
Die ⟦Chinezen⟧ moeten geen «visum» meer krijgen, nooit meer.
""", """
Hé spleetoog, doe die mondkap op.
Wat kijk je nou, tjing tjong?
""", """
De Chinese gemeenschap in Nederland bestaat al meer dan honderd jaar.
Chinees-Indische restaurants zijn een onderdeel van de Nederlandse cultuur.
""", """
Het Chinees Nieuwjaar wordt elk jaar gevierd op de Zeedijk in Amsterdam.
China is het land met de op een na grootste bevolking ter wereld.
""", """
Ik vind niet dat Chinezen schuld hebben aan corona, dat is onzin.
""", """
Tijdens de pandemie werden Chinese Nederlanders uitgescholden en bespuugd; er is een meldpunt geopend.
"Kungflu" is geen grap maar een racistische scheldterm.
""")

group("aziaten", "herkomst", """
Ik «walg» van ⟦Aziaten⟧ en hun rare eten.
⟦Aziaten⟧ zijn «emotieloze» robots die alleen maar kunnen studeren.
⟦Aziaten⟧ zijn «kakkerlakken» die zich overal vermenigvuldigen.
Die ⟦Aziaten⟧ in de trein zou ik het liefst eruit «schoppen».
Stuur al die ⟦Aziaten⟧ «terug» naar waar ze vandaan komen.
⟦Aziatische⟧ mensen horen niet in de Nederlandse tv-wereld, niemand wil die koppen zien.
Waarom kunnen ⟦Aziaten⟧ eigenlijk niet «autorijden»?
Ah, weer een ⟦Aziaat⟧ die alles «filmt» met zijn camera, wat origineel 🙄
Ik vind ⟦Aziaten⟧ gewoon minder «mens» dan wij.
Jullie ⟦Aziaten⟧ zijn allemaal «nep», met jullie nep-glimlach.
Een ⟦Aziaat⟧ zal nooit echt Nederlands worden.
""", """
Ga terug naar je rijstveld, spleetoog.
Hé pinda, spreek je wel Nederlands?
""", """
Aziatische Nederlanders hebben veel bijgedragen aan de techsector.
De Koreaanse en Japanse keuken zijn enorm populair geworden in Nederland.
""", """
Azië is het grootste werelddeel, zowel in oppervlakte als in inwoners.
Veel Aziatische Nederlanders hebben Indonesische, Chinese of Vietnamese roots.
""", """
Ik denk helemaal niet dat Aziaten emotieloos zijn, dat is gewoon een vooroordeel.
""", """
Aziatische Nederlanders vertellen in #IkBenGeenVirus over het racisme dat ze dagelijks meemaken.
Wie Aziaten "spleetogen" noemt, moet zich echt diep schamen.
""")

group("christenen", "godsdienst", """
Ik «haat» ⟦christenen⟧ met hun schijnheilige gezichten.
⟦Christenen⟧ zijn «hersenloze» schapen die in sprookjes geloven.
⟦Christenen⟧ zijn een «virus» dat al tweeduizend jaar de wereld vergiftigt.
Als die ⟦christenen⟧ weer bij mij aanbellen, trap ik ze van de «trap».
Die ⟦christenen⟧ moeten allemaal de «brandstapel» op, net als vroeger.
⟦Christenen⟧ horen niet in de politiek, sluit ze gewoon uit.
Waarom mogen ⟦christenen⟧ nog eigen scholen hebben, die «hersenspoeling»?
Wat «lief» van die ⟦christenen⟧ om homo's te willen genezen 🙄
Ik vind dat ⟦christenen⟧ geen «kinderen» zouden mogen opvoeden.
Jullie ⟦christenen⟧ zijn «pedofielen», kijk maar naar de kerk.
Een ⟦christen⟧ kan nooit logisch nadenken.
""", """
Ga bidden ergens anders, vuile bijbelfanaat.
Jij bent gewoon een gristen, een zwartekousenkop.
""", """
Christelijke vrijwilligers runnen in veel dorpen de voedselbank.
De kerk in onze wijk vangt elke winter daklozen op.
""", """
Met Pasen vieren christenen de opstanding van Jezus.
In Nederland rekent nog ongeveer een vijfde van de bevolking zich tot een kerk.
""", """
Ik heb niks tegen christenen, ook al geloof ik zelf nergens in.
""", """
Christenen in sommige landen worden vervolgd en vermoord, en daar hoort meer aandacht voor te komen.
Een kerk in Zwolle werd beklad met "dood aan christenen"; de gemeente heeft het meteen weggehaald.
""")

group("gehandicapten", "handicap", """
Ik «haat» ⟦gehandicapten⟧, ze liggen altijd in de weg.
⟦Gehandicapten⟧ zijn «nutteloos», ze kosten alleen maar geld.
⟦Gehandicapten⟧ zijn «groenten» in een rolstoel.
Als die ⟦rolstoeler⟧ weer de lift blokkeert, duw ik hem de «trap» af.
Zulke ⟦gehandicapten⟧ hadden ze bij de geboorte al moeten «afmaken».
⟦Gehandicapten⟧ horen in een instelling, niet op straat tussen gewone mensen.
Waarom moeten wij betalen voor die ⟦gehandicapten⟧ die nooit iets «bijdragen»?
Wat «inspirerend» weer, een ⟦gehandicapte⟧ die boodschappen doet 🙄
Ik vind dat ⟦gehandicapten⟧ geen kinderen mogen «krijgen».
Jullie ⟦gehandicapten⟧ zijn «parasieten» op de zorg.
Een ⟦gehandicapte⟧ zal nooit een volwaardig mens zijn.
Al die ⟦gehandicapten⟧ met hun «invalidenparkeerplekken», weg ermee.
""", """
Hé kreupele, sta niet zo in de weg.
Kijk uit waar je rijdt, stomme spast.
Jij bent een kankermongool.
""", """
Paralympische sporters laten zien wat er allemaal mogelijk is.
Mijn collega zit in een rolstoel en is onze beste programmeur.
""", """
Ongeveer twee miljoen Nederlanders hebben een lichamelijke beperking.
Nederland heeft in 2016 het VN-verdrag Handicap geratificeerd.
""", """
Ik vind gehandicapten helemaal niet nutteloos, wat een harteloze opmerking.
""", """
"Ze hadden je bij de geboorte moeten afmaken" tegen iemand in een rolstoel zeggen, hoe ziek ben je?
Een man met een beperking werd uit de bus gezet omdat zijn rolstoel "te veel ruimte innam"; hij heeft een klacht ingediend.
""")

group("blinden", "handicap", """
Ik «haat» ⟦blinden⟧ met hun stokjes op het perron.
⟦Blinden⟧ zijn «hulpeloos» en horen niet alleen op straat.
⟦Blinden⟧ zijn net «mollen», ze moeten onder de grond blijven.
Als die ⟦blinde⟧ weer tegen mijn auto aanloopt, krijgt hij een «klap».
⟦Blinden⟧ horen niet in een gewone klas, zet ze maar apart.
Waarom mogen ⟦blinden⟧ eigenlijk een «geleidehond» overal mee naartoe nemen?
Wat «knap» zeg, een ⟦blinde⟧ die zelf de deur vindt 🙄
Ik vind dat ⟦blinden⟧ niet mogen «stemmen», ze kunnen het stembiljet niet eens lezen.
Jullie ⟦blinden⟧ zijn een «last» voor de maatschappij.
Een ⟦blinde⟧ kan nooit een echte baan hebben.
""", """
Kijk uit waar je loopt, blinde mol.
Ben je blind of zo, stomme blindganger?
""", """
Blinde programmeurs gebruiken schermlezers en zijn net zo productief als anderen.
Mijn blinde oom heeft de Elfstedentocht op een tandem gefietst.
""", """
Het brailleschrift werd uitgevonden door Louis Braille.
Geleidehonden worden ongeveer twee jaar getraind.
""", """
Ik vind blinden helemaal niet hulpeloos, ze redden zich prima.
""", """
Een blinde vrouw werd met haar geleidehond geweigerd bij een restaurant; dat is gewoon verboden.
"Blinden horen niet in het verkeer" is een schandelijke uitspraak.
""")

group("doven", "handicap", """
Ik «haat» ⟦doven⟧ met hun gebarengezwaai.
⟦Doven⟧ zijn «achterlijk», ze kunnen niet eens normaal praten.
⟦Doven⟧ zijn «apen» die met hun handen wapperen.
Als die ⟦dove⟧ me nog één keer niet hoort, «sla» ik hem.
⟦Doven⟧ horen niet op een gewone werkplek, dat is te lastig.
Waarom moet er bij het journaal een ⟦gebarentolk⟧ staan voor die paar «doofstommen»?
Geweldig, weer een ⟦dove⟧ die denkt dat hij mee kan «praten» 😂
Ik vind dat ⟦doven⟧ geen rijbewijs mogen «halen».
Jullie ⟦doven⟧ zijn «nutteloos» in een gesprek.
Een ⟦dove⟧ kan nooit een echte vriend zijn.
""", """
Ben je doof of zo, stomme doofstomme?
Hé dove kwartel, luister dan!
""", """
Dove kunstenaars maken prachtig theater in Nederlandse Gebarentaal.
Mijn dove collega leert het hele team gebarentaal, superleuk.
""", """
Nederlandse Gebarentaal is sinds 2020 wettelijk erkend.
Ongeveer dertigduizend mensen in Nederland zijn doof.
""", """
Doven zijn echt niet dom, ze spreken gewoon een andere taal.
""", """
"Doofstom" is een verouderd en kwetsend woord, zeg gewoon doof.
Een dove man werd door de politie hardhandig aangepakt omdat hij de bevelen niet hoorde; er komt onderzoek.
""")

group("autisten", "handicap", """
Ik «haat» ⟦autisten⟧, ze zijn zo irritant.
⟦Autisten⟧ zijn «gestoorde» robots zonder gevoel.
⟦Autisten⟧ zijn «mislukkingen» van de natuur.
Als die ⟦autist⟧ weer gaat schreeuwen in de klas, «sla» ik hem stil.
⟦Autisten⟧ horen op een speciale school, niet tussen normale kinderen.
Waarom nemen bedrijven eigenlijk ⟦autisten⟧ aan, die zijn toch «onbruikbaar»?
Wat een «genie», die ⟦autist⟧ die alle treinen kent 🙄
Ik vind dat ⟦autisten⟧ geen kinderen mogen «krijgen», dat geef je toch door.
Jullie ⟦autisten⟧ zijn een «ramp» voor elke groep.
Een ⟦autist⟧ kan nooit echt van iemand houden.
Zulke ⟦autisten⟧ moet je in een «gesticht» opsluiten.
""", """
Doe normaal, vuile autist.
Wat ben jij een autistje, zeg.
""", """
Veel autisten hebben een oog voor detail dat anderen niet hebben.
Mijn autistische zoon is de eerlijkste persoon die ik ken.
""", """
Ongeveer één op de honderd mensen heeft een vorm van autisme.
Autisme is een ontwikkelingsstoornis die bij de geboorte al aanwezig is.
""", """
Autisten hebben heus wel gevoelens, dat is echt een mythe.
""", """
"Autist" als scheldwoord gebruiken is kwetsend voor iedereen met autisme.
Een autistische jongen werd in een viral filmpje uitgelachen; de school heeft de pesters geschorst.
""")

group("verstandelijk", "handicap", """
Ik «haat» die ⟦verstandelijk gehandicapten⟧ in de supermarkt.
⟦Mongolen⟧ zijn «waardeloos», ze kunnen helemaal niks.
⟦Verstandelijk beperkten⟧ zijn «beesten» die je moet opsluiten.
Als die ⟦mongool⟧ weer aan me zit, «trap» ik hem.
Kinderen met ⟦Down⟧ zou je allemaal moeten «aborteren».
⟦Verstandelijk gehandicapten⟧ horen in een tehuis, niet op straat.
Waarom mogen ⟦zwakzinnigen⟧ eigenlijk «stemmen»?
Wat een «aanwinst» voor de maatschappij, zo'n ⟦mongool⟧ 🙄
Ik vind dat ⟦verstandelijk beperkten⟧ gesteriliseerd moeten «worden».
Jullie ⟦debielen⟧ zijn een «last» voor iedereen.
Een ⟦zwakzinnige⟧ zal nooit een volwaardig leven hebben.
""", """
Hé debiel, kun je niet lezen?
Doe normaal, achterlijke mongool.
Wat ben jij een retard.
""", """
Mensen met het downsyndroom werken bij ons in het restaurant en de gasten zijn dol op ze.
Mijn broer heeft een verstandelijke beperking en hij is de vrolijkste persoon die ik ken.
""", """
Op 21 maart is het Wereld Downsyndroom Dag.
Ongeveer honderdduizend Nederlanders hebben een verstandelijke beperking.
""", """
Mensen met een verstandelijke beperking zijn helemaal niet waardeloos.
""", """
"Mongool" is geen scheldwoord maar een belediging van mensen met het downsyndroom.
Een jongen met een verstandelijke beperking werd op TikTok bespot; het filmpje is verwijderd.
""")

group("ouderen", "leeftijd", """
Ik «haat» ⟦ouderen⟧, ze zitten overal in de weg.
⟦Ouderen⟧ zijn «seniel» en horen niet achter het stuur.
⟦Bejaarden⟧ zijn «parasieten» op onze pensioenen.
Als die ⟦bejaarde⟧ nog één keer voor me in de rij gaat staan, «duw» ik hem omver.
Die ⟦ouderen⟧ moeten allemaal dood, dan hebben wij eindelijk een «huis».
⟦Ouderen⟧ horen in een tehuis, niet in de supermarkt op zaterdagochtend.
Waarom mogen ⟦ouderen⟧ eigenlijk nog «stemmen», ze zijn er toch bijna niet meer?
Wat «snel» weer, die ⟦bejaarde⟧ bij de kassa met haar muntjes 🙄
Ik vind dat ⟦ouderen⟧ geen rijbewijs meer mogen hebben boven de zeventig.
Jullie ⟦bejaarden⟧ zijn «nutteloos» en duur.
Een ⟦oudere⟧ kan nooit meer iets nieuws leren.
""", """
Opzij, ouwe lul.
Hé ouwe taart, schiet eens op.
""", """
Ouderen hebben een schat aan levenservaring.
Mijn oma van negentig is nog steeds de scherpste persoon aan tafel.
""", """
Het aantal 80-plussers in Nederland zal de komende jaren sterk stijgen.
Veel ouderen wonen langer thuis met hulp van de thuiszorg.
""", """
Ik vind ouderen niet nutteloos, wat een belachelijke opmerking.
""", """
Ouderen worden op de arbeidsmarkt nog steeds gediscrimineerd; dat blijkt uit onderzoek.
"Ze zijn er toch bijna niet meer" zeggen over ouderen, dat is walgelijk.
""")

group("jongeren", "leeftijd", """
Ik «haat» ⟦jongeren⟧, ze zijn verwend en lui.
⟦Jongeren⟧ zijn «hersenloze» zombies achter hun telefoon.
⟦Jongeren⟧ zijn «tuig» en horen achter slot en grendel.
Als die ⟦pubers⟧ weer voor mijn deur hangen, «schiet» ik ze weg.
⟦Jongeren⟧ horen niet in de politiek, ze snappen niks.
Waarom mogen ⟦jongeren⟧ eigenlijk «stemmen»?
Wat een «geweldige» generatie, die ⟦jongeren⟧ met hun TikTok 🙄
Ik vind dat ⟦jongeren⟧ geen «studiefinanciering» verdienen.
Jullie ⟦jongeren⟧ zijn «lui» en verwend.
Een ⟦jongere⟧ kan nooit verantwoordelijkheid dragen.
""", """
Ga naar huis, snotaap.
Hé kutjeugd, rot op van mijn stoep.
""", """
Jongeren zetten zich massaal in voor het klimaat.
Mijn neef van zestien is de slimste van de hele familie.
""", """
Jongeren tussen 18 en 25 jaar wonen steeds vaker nog thuis.
De woningnood treft vooral jongeren.
""", """
Ik vind jongeren helemaal niet lui, ze hebben het gewoon moeilijk.
""", """
"Jongeren zijn allemaal tuig" zeggen na één incident, wat een generalisatie.
Een groep jongeren werd door een buurtbewoner met een mes bedreigd; de politie heeft hem opgepakt.
""")

group("hindoes", "godsdienst", """
Ik «haat» ⟦hindoes⟧ met hun rare goden.
⟦Hindoes⟧ zijn «achterlijke» koeienaanbidders.
⟦Hindoes⟧ zijn «vuil» en stinken naar curry.
Die ⟦hindoes⟧ met hun tempel in de wijk zou ik het liefst «wegjagen».
⟦Hindoes⟧ horen niet in Nederland, ze passen hier gewoon niet.
Waarom mogen ⟦hindoes⟧ eigenlijk hun «rommel» in de rivier gooien?
Wat «leuk», die ⟦hindoes⟧ met hun vuurwerk met Divali 🙄
Jullie ⟦hindoes⟧ zijn een «plaag» in Den Haag.
""", """
Ga terug naar je koeien, vuile koppensneller.
""", """
Hindoestaanse Nederlanders vieren Divali met familie en buren.
""", """
Het hindoeïsme is een van de oudste religies ter wereld.
In Den Haag wonen veel hindoes van Surinaamse afkomst.
""", """
Ik heb niks tegen hindoes, ik ken er genoeg.
""", """
Een hindoetempel in Den Haag werd beklad met hakenkruizen; de gemeenschap is geschokt.
""")

group("arbeidsmigranten", "herkomst", """
Ik «haat» ⟦arbeidsmigranten⟧, ze pakken onze huizen af.
⟦Arbeidsmigranten⟧ zijn «tuig» dat in de zomer in de parken ligt te zuipen.
⟦Oostblokkers⟧ zijn «ongedierte» dat Nederland overspoelt.
Die ⟦Bulgaren⟧ en ⟦Roemenen⟧ moet je allemaal «terugsturen».
⟦Arbeidsmigranten⟧ horen niet in onze dorpen, stop ze in containers op een bedrijventerrein.
Waarom moeten die ⟦arbeidsmigranten⟧ hier eigenlijk een «huis» krijgen?
Lekker, al die ⟦Oost-Europeanen⟧ die onze «banen» inpikken 🙄
Jullie ⟦arbeidsmigranten⟧ zijn «parasieten».
Een ⟦Oostblokker⟧ zal nooit eerlijk werken.
""", """
Ga terug naar je land, vuile Oostblokker.
Hé Roemeense dief, waar is mijn fiets?
""", """
Zonder arbeidsmigranten zouden de kassen in het Westland niet draaien.
Arbeidsmigranten werken vaak onder slechte omstandigheden en verdienen beter.
""", """
In Nederland werken honderdduizenden arbeidsmigranten uit Midden- en Oost-Europa.
De commissie-Roemer deed aanbevelingen over de huisvesting van arbeidsmigranten.
""", """
Ik vind niet dat arbeidsmigranten onze banen afpakken, ze doen werk dat niemand wil.
""", """
Arbeidsmigranten werden in een Brabants dorp met stenen bekogeld; de burgemeester sprak schande.
""")

group("intersekse", "geslacht", """
Ik «walg» van ⟦intersekse⟧ mensen, die zijn gewoon niet normaal.
⟦Interseksuelen⟧ zijn «mislukte» mensen, niet man en niet vrouw.
⟦Intersekse⟧ kinderen moet je direct na de geboorte «opereren», zo'n ding kan je niet laten.
⟦Hermafrodieten⟧ zijn «freaks» die in een circus horen.
Waarom moeten ⟦intersekse⟧ mensen eigenlijk een «X» in hun paspoort?
Jullie ⟦interseksuelen⟧ zijn «abnormaal».
""", """
Wat ben jij nou, een hermafrodiet?
""", """
Intersekse activisten hebben gezorgd voor meer aandacht voor medisch onnodige operaties.
""", """
Ongeveer één op de tweehonderd mensen wordt geboren met intersekse kenmerken.
Intersekse mensen hebben geslachtskenmerken die niet in de hokjes man of vrouw passen.
""", """
Intersekse mensen zijn niet abnormaal, ze zijn gewoon een deel van de natuur.
""", """
Een intersekse sporter werd online uitgescholden voor "hermafrodiet" en "ding"; haar bond heeft aangifte gedaan.
""")

group("mannen", "geslacht", """
Ik «haat» ⟦mannen⟧, allemaal hetzelfde.
⟦Mannen⟧ zijn «varkens» die alleen aan seks denken.
⟦Mannen⟧ zijn «dieren» die je moet temmen.
Alle ⟦mannen⟧ zouden gecastreerd moeten «worden».
⟦Mannen⟧ horen niet in de zorg, ze zijn te onhandig.
Waarom mogen ⟦mannen⟧ eigenlijk nog «stemmen»?
Jullie ⟦mannen⟧ zijn «waardeloos».
""", """
Ga weg, vuil varken.
""", """
Veel vaders nemen tegenwoordig ouderschapsverlof op.
""", """
Mannen leven in Nederland gemiddeld iets korter dan vrouwen.
""", """
Ik vind mannen niet waardeloos, ik ken genoeg fijne mannen.
""", """
"Alle mannen zijn varkens" is net zo'n domme generalisatie als elke andere.
""")

group("moluksers", "herkomst", """
Ik «haat» ⟦Molukkers⟧, het zijn allemaal treinkapers.
⟦Molukkers⟧ zijn «terroristen» die nooit dankbaar zijn geweest.
Die ⟦Molukkers⟧ moeten allemaal «terug» naar de Molukken.
⟦Molukkers⟧ horen in die barakken van toen, niet tussen ons.
Jullie ⟦Molukkers⟧ zijn «tuig».
""", """
Ga terug naar je kamp, vuile Molukker.
""", """
Molukse Nederlanders hebben een rijke muziekcultuur.
""", """
In 1951 kwamen ongeveer twaalfduizend Molukkers naar Nederland.
""", """
Ik vind Molukkers echt geen terroristen, wat een onzin.
""", """
De Molukse gemeenschap werd na 1977 jarenlang als terroristen weggezet; dat was onterecht.
""")


def more(key, hate="", slur="", pos="", neu="", neg="", tegen=""):
    def lines(s):
        return [l.strip() for l in s.strip().splitlines() if l.strip()]
    g = G[key]
    g["hate"] += lines(hate)
    g["slur"] += lines(slur)
    g["positief"] += lines(pos)
    g["neutraal"] += lines(neu)
    g["ontkenning"] += lines(neg)
    g["tegenspraak"] += lines(tegen)


# Second batch: longer posts, Flemish, hashtags and more sentence structures.
more("vrouwen", hate="""
Amai, die ⟦wijven⟧ op de tram, allemaal «kakelen» als kiekens. Zwijg toch eens.
Dat ⟦vrouwen⟧ tegenwoordig mogen studeren was de grootste «fout» van de vorige eeuw.
Hoe vaker je een ⟦vrouw⟧ «slaat», hoe beter ze luistert. Oud advies, werkt nog steeds.
""", tegen="""
Iemand op TikTok beweert dat je vrouwen moet slaan om ze te laten luisteren; het filmpje is gelukkig offline gehaald.
""")
more("moslims", hate="""
Geef mij één goede reden waarom we nog ⟦moslims⟧ zouden «binnenlaten». Eén.
Ge ziet het toch, overal waar die ⟦moslims⟧ komen is het miserie. «Buiten» ermee!
Ik heb een simpel plan: elke ⟦moslim⟧ een enkeltje «Mekka» en klaar is Kees.
Die ⟦moslima's⟧ met hun hoofddoekjes zijn gewoon «onderdrukte» schapen, walgelijk.
""", neu="""
Het Offerfeest valt dit jaar in juni.
""")
more("homos", hate="""
Mijn kinderen gaan echt niet naar een school waar een ⟦homo⟧ voor de klas staat, die «pervelingen» blijven maar van ze af.
Vroeger werden ⟦homo's⟧ gewoon «opgehangen» en eerlijk gezegd was dat beter.
Allez, nog zo'n ⟦homo⟧ die zijn «ziekte» komt promoten in de Pride-maand. #straightpride
""", pos="""
Het Amsterdamse Pride-weekend trekt elk jaar honderdduizenden vrolijke bezoekers.
""")
more("lesbiennes", hate="""
Zo'n ⟦lesbienne⟧ heeft gewoon nog nooit een echte vent gehad, dat «geneest» vanzelf.
Twee ⟦lesbiennes⟧ met een kinderwagen? Dat arme kind, die zou je «afpakken».
""")
more("biseksuelen", hate="""
Een ⟦biseksueel⟧ zou je nooit moeten vertrouwen, die «belazeren» je met iedereen.
Weet je wat ⟦biseksuelen⟧ zijn? «Hebzuchtige» mensen die van twee walletjes willen eten.
""", neg="""
Biseksuelen zijn niet in de war, ze weten prima van wie ze houden.
""")
more("transgenders", hate="""
Als mijn kind ooit ⟦trans⟧ wordt, gooi ik het het huis «uit». Geen discussie.
Die hele ⟦transgender⟧ «gekte» moet stoppen, en zorg maar dat ze nergens meer een behandeling krijgen.
""", tegen="""
Onder het nieuwsbericht over de transgender presentatrice stonden honderden haatreacties; de omroep heeft ze verwijderd.
""")
more("joden", hate="""
Het is toch geen toeval dat overal waar ⟦joden⟧ zitten de «oorlog» begint? Denk eens na.
Die ⟦Joden⟧ verzinnen de holocaust om geld te «melken», dat weet elke wakkere burger.
Zie je die man met dat keppeltje? Nog zo'n ⟦jood⟧ die je moet «mijden». ✡️🤢
""", neg="""
Ik geloof geen seconde dat joden de banken besturen, dat is een eeuwenoude leugen.
""")
more("zwarten", hate="""
Ik heb niks tegen ⟦zwarten⟧, zolang ze maar in hun eigen «oerwoud» blijven.
Die ⟦zwarten⟧ moeten hun «bek» houden over slavernij, ze mogen blij zijn dat ze hier zijn.
Een ⟦zwarte⟧ buurman? Dan ga ik verhuizen, ik ga niet naast een «aap» wonen.
""", neu="""
De Black Lives Matter-demonstratie op de Dam trok in 2020 duizenden mensen.
""")
more("marokkanen", hate="""
Zet een ⟦Marokkaan⟧ in een kamer met een fiets en binnen een minuut is die fiets «gejat».
Ik ben er klaar mee. ⟦Marokkanen⟧ «eruit», allemaal, met of zonder paspoort.
Gij vuile ⟦Marokkanen⟧ zijt niet welkom in ons Antwerpen, «buiten»!
""", pos="""
Mijn Marokkaanse schoonvader is de gastvrijste man die ik ken.
""")
more("turken", hate="""
Ik zou die ⟦Turken⟧ van Erdoğan allemaal eens flink willen «afranselen».
Die ⟦Turken⟧ moeten voortaan in hun eigen wijken blijven, «apart» van ons.
Is een ⟦Turk⟧ eigenlijk wel een echt mens, of meer een soort «geit»?
""", neg="""
Ik vind Turken helemaal geen slechte buren, mijn Turkse buren zijn top.
""")
more("polen", hate="""
Die ⟦Polen⟧ zijn het «afval» van Europa, en wij mogen het opruimen.
Elke ⟦Pool⟧ die je op de snelweg ziet, is dronken. «Opsluiten» die handel.
""", neu="""
Poolse supermarkten zijn in veel Nederlandse steden te vinden.
""")
more("surinamers", hate="""
Een ⟦Surinamer⟧ werkt nooit, die leeft van de bijstand en de «drugs».
Die ⟦Surinamers⟧ met hun «herrie» en hun feesten, ik zou ze allemaal weg willen jagen.
""", neg="""
Ik heb niks tegen Surinamers, mijn beste vriend is Surinaams.
""")
more("antillianen", hate="""
Een ⟦Antilliaan⟧ zonder strafblad bestaat niet, vraag maar aan de «politie».
Die ⟦Antillianen⟧ horen in een apart blok, ver weg van onze «kinderen».
""")
more("roma", hate="""
Dat ⟦zigeuners⟧ hun kinderen laten «stelen» is cultuur, zeggen ze. Zet ze eruit.
Zijn die ⟦Roma⟧ nou mensen of «ratten»? Ik twijfel echt.
""")
more("vluchtelingen", hate="""
Die ⟦asielzoekers⟧ verkrachten onze vrouwen en wij moeten er nog voor «betalen» ook.
Ik zweer het, als ze hier een ⟦azc⟧ neerzetten, «fikken» we het af.
""", pos="""
De vrijwilligers in het azc in ons dorp hebben samen met de bewoners een prachtige moestuin aangelegd.
""")
more("chinezen", hate="""
Ik zou nooit eten bij een ⟦Chinees⟧, die doen «katten» in de loempia's.
Die ⟦Chinezen⟧ zijn «virussen» op twee benen. 🦠🇨🇳
""")
more("aziaten", hate="""
Als ik die ⟦Aziaten⟧ met hun spleetogen zie, word ik echt «misselijk».
Elke ⟦Aziaat⟧ is «nep», ze lijken allemaal op elkaar.
""", neg="""
Niet alle Aziaten lijken op elkaar, dat is echt een racistisch idee.
""")
more("christenen", hate="""
Laten we die ⟦christenen⟧ gewoon «uitroeien», dan zijn we eindelijk van dat bijgeloof af.
Elke ⟦christen⟧ is een «hypocriet», zondag in de kerk en maandag bedriegen.
""")
more("gehandicapten", hate="""
Die ⟦gehandicapten⟧ zouden we gewoon «laten inslapen», scheelt een hoop geld.
Een ⟦invalide⟧ met een uitkering is een «profiteur», punt uit.
""", neu="""
Vanaf volgend jaar moeten alle nieuwe bushaltes toegankelijk zijn voor rolstoelers.
""")
more("blinden", hate="""
Die ⟦blinden⟧ moet je niet alleen naar buiten laten, sluit ze gewoon «op».
Waarom zouden we ⟦blinden⟧ eigenlijk laten «werken»? Ze zien toch niks.
""")
more("doven", hate="""
⟦Doven⟧ zijn «zielig» en dom, ze moeten gewoon thuisblijven.
Zulke ⟦doven⟧ zou je in een «instelling» moeten stoppen.
""")
more("autisten", hate="""
Al die ⟦autisten⟧ zijn «gekken», iedereen heeft tegenwoordig wel een labeltje.
Met een ⟦autist⟧ in je team kun je het wel «schudden», die snapt niks.
""")
more("verstandelijk", hate="""
Die ⟦mongolen⟧ in de bus moeten in een aparte «kooi».
Zo'n ⟦achterlijke⟧ zou je niet eens mogen laten «trouwen».
""")
more("ouderen", hate="""
Die ⟦boomers⟧ hebben alles «verpest», laat ze maar lekker doodgaan in hun verzorgingshuis.
Corona ruimt tenminste de ⟦ouderen⟧ op, dat is gewoon «zuivering».
""", neg="""
Ik vind echt niet dat ouderen hun rijbewijs moeten inleveren alleen vanwege hun leeftijd.
""")
more("jongeren", hate="""
Al die ⟦jongeren⟧ zijn «parasieten» die nooit willen werken.
Die ⟦jongeren⟧ zou je allemaal in een «heropvoedingskamp» moeten stoppen.
""")
more("hindoes", hate="""
Een ⟦hindoe⟧ zal altijd «vies» blijven.
Zulke ⟦hindoes⟧ moet je niet in je buurt «hebben».
""", tegen="""
"Koeienaanbidders" schreeuwen naar hindoes bij een tempel is gewoon racisme.
""")
more("arbeidsmigranten", hate="""
Die ⟦Polen⟧ en ⟦Bulgaren⟧ in de containerwoningen zijn «ongedierte», allemaal.
Zet al die ⟦arbeidsmigranten⟧ maar in «kampen» achter het hek.
""", tegen="""
"Arbeidsmigranten zijn ongedierte" is geen kritiek op beleid maar gewoon haat.
""")
more("intersekse", hate="""
Een ⟦intersekse⟧ baby is een «fout» van de natuur, die moet je meteen rechtzetten.
Zulke ⟦hermafrodieten⟧ horen «opgesloten» te worden.
""")
more("mannen", hate="""
Elke ⟦man⟧ is een potentiële «verkrachter», dat is gewoon zo.
Die ⟦mannen⟧ moeten allemaal in een «kooi».
Jullie ⟦mannen⟧ zijn «beesten», stuk voor stuk. #killallmen
""", pos="""
Mannen die openlijk over hun mentale gezondheid praten, zijn een voorbeeld.
""")
more("moluksers", hate="""
⟦Molukkers⟧ zijn «ondankbaar» tuig, ze hadden nooit moeten komen.
Een ⟦Molukker⟧ kan nooit een echte Nederlander worden.
Zulke ⟦Molukkers⟧ moet je het land «uitzetten».
""", neg="""
Ik vind niet dat Molukkers ondankbaar zijn, ze zijn destijds door Nederland in de steek gelaten.
""")

# Generic templates, each crossed with a few groups only.  {g} is the group
# word (already marked), the hostile word is marked in the template.
HATE_TEMPLATES = [
    ("Wat mij betreft worden alle {g} morgen «opgepakt» en afgevoerd.",
     [("vluchtelingen", "asielzoekers"), ("roma", "zigeuners"), ("moslims", "moslims"), ("joden", "joden")]),
    ("Ik zou nooit een huis verhuren aan {g}, die maken er toch een «zwijnenstal» van.",
     [("polen", "Polen"), ("marokkanen", "Marokkanen"), ("antillianen", "Antillianen"), ("surinamers", "Surinamers")]),
    ("Hoe eerder die {g} uitsterven, hoe «beter» voor iedereen.",
     [("homos", "homo's"), ("transgenders", "transgenders"), ("ouderen", "bejaarden"), ("gehandicapten", "gehandicapten")]),
    ("{G} zijn geen mensen, het zijn «dieren», kijk maar eens goed.",
     [("zwarten", "zwarten"), ("turken", "Turken"), ("chinezen", "Chinezen"), ("roma", "Roma")]),
    ("Ik wil echt geen {g} in mijn straat, dan daalt mijn huis in waarde.",
     [("moslims", "moslims"), ("zwarten", "zwarten"), ("vluchtelingen", "vluchtelingen"), ("homos", "homo's")]),
    ("Sorry, maar {g} zijn gewoon «minderwaardig», dat is geen mening maar een feit.",
     [("vrouwen", "vrouwen"), ("zwarten", "negers"), ("aziaten", "Aziaten"), ("gehandicapten", "invaliden")]),
    ("Geen enkele werkgever zou {g} moeten «aannemen», die brengen alleen problemen.",
     [("transgenders", "transgenders"), ("moslims", "moslims"), ("marokkanen", "Marokkanen"), ("autisten", "autisten")]),
    ("Zie je {g}, loop dan meteen de andere kant op, het is allemaal «gespuis».",
     [("roma", "zigeuners"), ("antillianen", "Antillianen"), ("arbeidsmigranten", "Oostblokkers")]),
    ("Ik «spuug» op {g}, echt waar 🤮",
     [("joden", "joden"), ("christenen", "christenen"), ("hindoes", "hindoes"), ("lesbiennes", "lesbiennes")]),
    ("Die {g} moeten maar eens voelen hoe het is om «opgejaagd» te worden.",
     [("jongeren", "hangjongeren"), ("surinamers", "Surinamers"), ("biseksuelen", "biseksuelen"), ("doven", "doven")]),
]

OTHER_TEMPLATES = [
    ("ontkenning", "Ik zou nooit beweren dat {g} minderwaardig zijn.",
     [("vrouwen", "vrouwen"), ("zwarten", "zwarte mensen"), ("gehandicapten", "gehandicapten")]),
    ("tegenspraak", "Iemand schreef onder mijn post dat {g} dieren zijn. Geblokkeerd en gemeld.",
     [("turken", "Turken"), ("chinezen", "Chinezen"), ("roma", "Roma"), ("joden", "Joden")]),
    ("positief", "Wat fijn dat er zoveel {g} actief zijn in onze vereniging, ze maken het echt gezellig.",
     [("polen", "Polen"), ("surinamers", "Surinamers"), ("christenen", "christenen"), ("ouderen", "ouderen")]),
    ("neutraal", "Hoeveel {g} wonen er eigenlijk in Utrecht?",
     [("marokkanen", "Marokkanen"), ("turken", "Turken"), ("hindoes", "hindoes")]),
    ("tegenspraak", "Nee, {g} horen niet het land uit, en wie dat roept is zelf het probleem.",
     [("moslims", "moslims"), ("vluchtelingen", "vluchtelingen"), ("polen", "Polen")]),
]

NOGROUP = {
    "object": """
Ik haat deze printer, hij loopt elke ochtend vast.
Die nieuwe app van de bank is echt waardeloos, wat een rommel.
Mijn laptop is een stuk vuilnis, ik gooi hem zo uit het raam.
Die rotfiets moet gewoon naar de schroothoop.
Ik walg van spruitjes, niet te vreten.
Die kutwekker zou ik elke ochtend het liefst kapotslaan.
Al die reclameborden langs de snelweg moeten weg, wat een lelijke troep.
Waarom zijn de poortjes op het station altijd kapot? Wat een waardeloos systeem.
Jullie treinen zijn een schande, NS, alweer een uur vertraging.
Een kast van de Ikea kan nooit langer dan vijf jaar mee.
Deze oude vriezer is een parasiet op mijn stroomrekening.
Ja hoor, weer een update die alles sloopt, geweldig 🙄
Dat soort stoepranden zou je allemaal moeten opblazen, mijn velg is weer kapot.
Ik zou die parkeerautomaat het liefst in elkaar trappen.
Zulke smartphones horen niet in een klaslokaal.
Die windmolens zijn een kankergezwel in het landschap.
Gooi al die plastic tasjes het land uit, verbied die troep gewoon.
Mijn koffiezetapparaat is zo dom als het achtereind van een varken.
Die snelkookpan moet je gewoon weggooien, levensgevaarlijk ding.
Die stomme rotonde bij ons in het dorp moet gewoon weg.
""",
    "dier": """
Ik haat muggen, ze hebben me vannacht helemaal lek gestoken.
Ratten in de schuur moet je bestrijden voor ze zich vermenigvuldigen.
Die kakkerlakken in mijn keuken moeten allemaal dood.
Meeuwen zijn echte dieven, mijn patatje is alweer weg.
Duiven zijn vliegende ratten, ze poepen alles onder.
Mijn kat is echt dom, ze loopt elke dag tegen de glazen deur aan.
Die hond van de buren blaft de hele nacht, ik word er gek van.
Wespen horen niet op een terras, weg ermee.
Zulke teken moet je meteen met een tekentang verwijderen.
Waarom moeten vossen altijd de kippen pakken?
Een goudvis kan nooit iets onthouden, zeggen ze.
Al die wilde zwijnen op de Veluwe worden afgeschoten om de stand te beheren.
Slakken zijn de pest voor mijn moestuin.
Eikenprocessierupsen zijn een plaag, ze moeten worden weggezogen.
Ik walg van spinnen, echt waar.
De wolf hoort niet in Nederland, zeggen de schapenhouders.
Mijn hamster is zo lui, hij slaapt de hele dag.
Vlooien zijn parasieten, doe je hond een vlooienband om.
Jij stom beest, roept mijn zus als haar cavia weer in haar vinger bijt.
Die ganzen rond Schiphol moeten weg, zegt de provincie.
""",
    "persoon": """
Mark Rutte is een leugenaar, hij herinnert zich nooit iets.
Ik vind Frans Bauer gewoon niet om aan te horen.
Jan Smit is een slijmbal, sorry.
Thierry Baudet is een gevaarlijke clown.
Mijn buurman Henk is een klootzak, hij parkeert altijd voor mijn deur.
Jij bent echt een sukkel, Kevin, je bent de sleutels alweer vergeten.
Die scheidsrechter van gisteren was een rotfluiter, wat een schandalige penalty.
Hugo de Jonge is een sukkel, dat was hij al als minister.
Louis van Gaal is arrogant, maar wel een goede trainer.
Elon Musk is een idioot met veel te veel geld.
Mijn baas is een tiran, ik word gek van hem.
Donald Trump is een gevaar voor de democratie.
Die Sophie uit mijn klas is zó irritant, ze praat de hele les.
Wat een eikel is die Youp van 't Hek toch.
Ik haat mijn ex, hij heeft mijn fiets meegenomen.
Geert Wilders moet eens ophouden met dat geschreeuw.
Johan Derksen is een zuurpruim, altijd maar zeuren aan tafel.
Max Verstappen is een arrogante kwast, maar hij kan wel rijden.
Die Lisa van hiernaast is een roddeltante eerste klas.
Ik zou die Bart van de voetbal wel eens een schop willen geven, hij speelt nooit over.
""",
    "ongeschermde_groep": """
Ik haat wielrenners die met z'n vieren naast elkaar rijden.
Dikke mensen moeten gewoon minder eten, zo simpel is het.
Dikke mensen horen niet in een vliegtuigstoel naast mij.
Ajacieden zijn allemaal arrogante kakkers.
Influencers zijn parasieten die niks bijdragen.
Politici zijn allemaal zakkenvullers.
Die Feyenoord-supporters moeten voorgoed het stadion uit.
Alle rokers zouden uit de horeca geweerd moeten worden.
Bankiers zijn tuig, kijk maar naar de crisis van 2008.
Scooterrijders zijn een plaag in de stad.
Toeristen horen niet in de Jordaan, Amsterdam is geen pretpark.
Waarom moeten automobilisten altijd zo agressief rijden?
Jullie veganisten zijn zo irritant met jullie gepreek.
Een makelaar kan nooit eerlijk zijn.
Advocaten zijn gewoon aasgieren.
Hipsters met hun havermelk, wat een watjes.
Al die klimaatactivisten op de A12 moeten gewoon opgepakt worden.
Zulke gamers moeten eens naar buiten gaan.
Dat soort managers verdient geen bonus.
PSV-fans zijn boeren, haha.
Incels zijn zielige losers.
Tokkies horen niet op tv, wat een ordinaire mensen.
Dikke mensen zijn lui, zegt mijn oom altijd op verjaardagen.
Boomers met hun "vroeger was alles beter", ik kan het niet meer horen.
Ik walg van fietsers die door rood rijden.
""",
    "homoniem": """
Doe de deksel op de pot, anders kookt de soep over.
Mijn nicht komt zaterdag op bezoek met haar kinderen.
De polen van een magneet trekken elkaar aan als ze verschillend zijn.
Let op de plus- en minpool als je de batterij vervangt.
AS Roma heeft gisteren weer verloren in de Serie A.
Wat een joekel van een snoek heb jij gevangen!
De hond heeft zijn poot bezeerd aan een glasscherf.
Mongolië is een groot land met weinig inwoners.
We eten vanavond Chinees, bestel jij even?
Ik heb gisteren Turks fruit gekeken, echt een klassieker.
De Zwarte Zee ligt tussen Europa en Azië.
Een blinde vink is een rolletje kalfsvlees met gehakt.
Iedereen heeft wel een blinde vlek voor zijn eigen fouten.
De tl-buis in de gang staat de hele tijd te flikkeren.
Het ijs op de Noordpool smelt steeds sneller.
In het café speelden we de hele avond pool.
Ik heb een Turkse pizza gehaald bij de snackbar.
Het Zwarte Woud is prachtig in de herfst.
Die pot pindakaas is alweer leeg.
Mijn opa is een ouwe rot in het vak, hij timmert al vijftig jaar.
Hij speelde een blinde partij schaak tegen drie man tegelijk.
Die zak chips is zo leeg, wat een lucht.
De Jodenbreestraat ligt vlak bij het Waterlooplein.
Een mongolenvlek is een blauwe huidvlek bij baby's die vanzelf verdwijnt.
Ik ga zaterdag lekker naar een Turks stoombad in Utrecht.
""",
}

# Third batch: more slurs (including online coinages) and more contrasts.
more("vrouwen", slur="Jij bent gewoon een loopse teef, verder niks.", neu="Het aandeel vrouwen in de Tweede Kamer ligt rond de veertig procent.")
more("moslims", slur="Doe die lap van je kop, hoofddoekhoer.", pos="De moskee in onze wijk hield een open dag en iedereen was welkom voor thee en baklava.")
more("homos", slur="Wat sta je nou te kijken, poepstamper?", neg="Homo's zijn niet ziek, dat idee is al decennia achterhaald.")
more("transgenders", slur="Hé transje, waar is je pruik?", pos="De transgender zwemster werd door haar hele club gesteund.")
more("joden", slur="Ga je geld tellen, vuile woekerjood.", pos="Joodse schrijvers als Etty Hillesum en Marga Minco horen bij de canon.")
more("zwarten", slur="Wat moet jij hier, kaffer?", pos="Zwarte ondernemers in Rotterdam-Zuid hebben een bloeiende creatieve scene opgezet.")
more("marokkanen", slur="Ga je bromfiets jatten, zandneger?", neu="Veel Marokkaanse Nederlanders hebben familie in de Rif.")
more("turken", slur="Hé kankerturk, parkeer je BMW ergens anders.", pos="De Turkse bakker op de hoek geeft elke avond zijn overgebleven brood aan de daklozen.")
more("vluchtelingen", slur="Terug naar je bootje, vuile illegaal.", neg="Ik vind niet dat vluchtelingen profiteurs zijn, de meesten willen gewoon werken.")
more("chinezen", slur="Ga je hond opeten, pindachinees.", pos="De Chinese vrijwilligers deelden tijdens corona gratis mondkapjes uit in de wijk.")
more("gehandicapten", slur="Hé spasticus, loop eens normaal.", tegen="Een zanger noemde een rolstoelgebruiker op het podium een kasplantje; de organisatie heeft hem van het programma gehaald.")
more("verstandelijk", slur="Wat ben jij een mongooltje, zeg.", neu="Mensen met een verstandelijke beperking hebben recht op ondersteuning vanuit de Wlz.")
more("ouderen", slur="Ga terug naar je bejaardenhuis, ouwe bok.", pos="De ouderen in ons dorp organiseren elke week een repaircafé voor de hele buurt.")
more("jongeren", slur="Hou je bek, verwend tiktokkind.", tegen="Na de rellen werd online geroepen dat alle jongeren tuig zijn; jongerenwerkers reageerden dat het om een kleine groep ging.")
more("christenen", neg="Ik vind christenen niet dom, ik geloof alleen zelf niet.", tegen="\"Christenen zijn hersenloze schapen\" roepen is net zo bekrompen als wat je anderen verwijt.")
more("roma", slur="Hé gipsy, blijf uit mijn tuin.", pos="Het Roma-jeugdorkest gaf een prachtig concert in het Concertgebouw.")
more("polen", pos="Mijn Poolse schoonzus heeft het beste bakkersbedrijf van het dorp.", tegen="Een Poolse vrachtwagenchauffeur werd op een parkeerplaats uitgescholden voor \"vuile Polak\"; omstanders hebben het gefilmd en gemeld.")
more("surinamers", pos="Surinaamse Nederlanders hebben de Nederlandse muziek verrijkt met kaseko en kawina.")
more("antillianen", neg="Antillianen zijn geen messentrekkers, wat een gemene veralgemening.")
more("aziaten", slur="Ga terug naar je loempiakraam, spleet.")
more("blinden", pos="De blinde jurist in ons kantoor is de scherpste onderhandelaar die ik ken.", tegen="Een blinde man werd op het station geduwd en uitgelachen; de NS heeft de beelden aan de politie gegeven.")
more("doven", pos="Het dove acteergezelschap kreeg een staande ovatie na de voorstelling.")
more("autisten", pos="Autistische medewerkers zijn bij veel IT-bedrijven juist gewild om hun precisie.")
more("lesbiennes", neg="Ik heb echt niks tegen lesbiennes, laat iedereen toch gelukkig zijn.")
more("biseksuelen", tegen="Een biseksuele zangeres kreeg na haar coming-out een stroom aan \"kies nou eens\"-berichten; ze reageerde met een nummer over acceptatie.")
more("hindoes", pos="De hindoegemeenschap in Den Haag deelde tijdens Divali eten uit aan buren.")
more("arbeidsmigranten", pos="De Poolse en Roemeense seizoenswerkers op de fruitteelt zijn onmisbaar voor de oogst.")
more("intersekse", tegen="Intersekse mensen zijn geen fout van de natuur, wie dat zegt moet zich eens verdiepen.")
more("mannen", neg="Niet alle mannen zijn verkrachters, en dat zeggen is ook niet eerlijk.", tegen="\"Mannen zijn varkens\" riep iemand in de talkshow; de presentator zei dat zo'n generalisatie nergens op slaat.")
more("moluksers", pos="Molukse muzikanten hebben de Nederlandse popmuziek jarenlang mede bepaald.", tegen="Een Molukse vrouw werd op straat uitgemaakt voor treinkaper; ze heeft aangifte gedaan.")

NOGROUP["object"] += """
Ik haat deze stomme paraplu, hij klapt bij elke windvlaag om.
Die goedkope oordopjes zijn echt afval, na een week al kapot.
"""
NOGROUP["dier"] += """
Die muizen op zolder moeten allemaal in de val.
Kraaien zijn slimmer dan je denkt, maar ze maken een hels kabaal.
"""
NOGROUP["persoon"] += """
Die Ruud uit de kroeg is een zuiplap van het zuiverste water.
Ik zou Bram van de overkant het liefst zijn bek dichtslaan, hij zeurt altijd over mijn heg.
"""
NOGROUP["ongeschermde_groep"] += """
Al die Tesla-rijders zijn patsers, allemaal.
Vegetariërs zijn watjes, zegt mijn opa altijd.
Dikke mensen zouden meer moeten betalen voor hun zorgverzekering.
"""
NOGROUP["homoniem"] += """
De Poolster wijst altijd naar het noorden.
Hij is zo doof als een kwartel sinds het concert van gisteren, haha.
Die joekel van een tractor past niet door het poortje.
"""

TRICKS = ["weggelaten", "verwisseld", "verdubbeld", "aaneen", "spaties", "cijfers", "tekens"]
VOWELS = "aeiouAEIOU"
DIGITS = {"o": "0", "O": "0", "i": "1", "I": "1", "e": "3", "E": "3", "a": "4", "A": "4"}
DIGITS2 = {"s": "5", "S": "5", "t": "7", "T": "7", "l": "1", "g": "9", "b": "8"}
SIGNS = {"a": "@", "A": "@", "s": "$", "S": "$", "i": "!", "I": "!", "o": "*", "O": "*"}
SPAN = re.compile(r"⟦([^⟧]*)⟧|«([^»]*)»")


def letters(word):
    return [i for i, c in enumerate(word) if c.isalpha()]


def apply_word(trick, w):
    """Return the word changed by trick (not aaneen), or None if impossible."""
    idx = letters(w)
    if len(idx) < 4 or " " in w:
        return None
    inner = idx[1:-1]
    if trick == "weggelaten":
        i = inner[len(inner) // 2]
        out = w[:i] + w[i + 1:]
    elif trick == "verwisseld":
        for k in range(len(inner) // 2, len(inner) + len(inner) // 2):
            i = inner[k % len(inner)]
            j = i + 1
            if j < len(w) and w[j].isalpha() and w[i].lower() != w[j].lower():
                out = w[:i] + w[j] + w[i] + w[j + 1:]
                break
        else:
            return None
    elif trick == "verdubbeld":
        vs = [i for i in idx[1:] if w[i] in VOWELS] or inner
        i = vs[0]
        out = w[:i] + w[i] + w[i:]
    elif trick == "spaties":
        out = " ".join(w)
    elif trick == "cijfers":
        out = "".join(DIGITS.get(c, c) for c in w)
        if out == w:
            out = "".join(DIGITS2.get(c, c) for c in w)
    elif trick == "tekens":
        out = "".join(SIGNS.get(c, c) for c in w)
        if out == w:
            i = inner[0]
            out = w[:i] + "*" + w[i + 1:]
    else:
        raise ValueError(trick)
    return out if out != w else None


def apply_trick(marked, trick, prefer):
    """Apply trick to one marked span of the text; prefer 0 = group, 1 = hostile."""
    spans = list(SPAN.finditer(marked))
    order = sorted(spans, key=lambda m: (0 if (m.group(1) is not None) == (prefer == 0) else 1))
    for m in order:
        w = m.group(1) if m.group(1) is not None else m.group(2)
        if trick == "aaneen":
            after = marked[m.end():]
            before = marked[:m.start()]
            if re.match(r" [\w⟦«]", after):
                return before + w + after[1:]
            if re.search(r"[\w⟧»] $", before):
                return before[:-1] + w + after
            continue
        new = apply_word(trick, w)
        if new is not None:
            return marked[:m.start()] + new + marked[m.end():]
    return None


def clean(s):
    return s.replace("⟦", "").replace("⟧", "").replace("«", "").replace("»", "")


def build():
    rows = []
    counter = [0, 0]  # next trick, next target preference

    def hateful(key, grounds, marked, want_trick):
        label = "gewoon"
        text = clean(marked)
        if want_trick:
            for attempt in range(len(TRICKS)):
                trick = TRICKS[(counter[0] + attempt) % len(TRICKS)]
                out = apply_trick(marked, trick, counter[1] % 2)
                if out is not None:
                    text = clean(out)
                    label = trick
                    counter[0] = (counter[0] + attempt + 1) % len(TRICKS)
                    counter[1] += 1
                    break
        rows.append((grounds, text, "%s/%s" % (key, label)))

    for key, g in G.items():
        for n, marked in enumerate(g["hate"]):
            assert "⟦" in marked, marked
            hateful(key, g["grounds"], marked, n % 2 == 1)
        for s in g["slur"]:
            rows.append((g["grounds"], clean(s), key + "/scheldwoord"))
        for fn in ("positief", "neutraal", "ontkenning", "tegenspraak"):
            for s in g[fn]:
                rows.append(("-", clean(s), "%s/%s" % (key, fn)))

    n = 0
    for tmpl, groups in HATE_TEMPLATES:
        for key, word in groups:
            gw = "⟦%s⟧" % word
            marked = tmpl.replace("{G}", "⟦%s⟧" % (word[0].upper() + word[1:])).replace("{g}", gw)
            hateful(key, G[key]["grounds"], marked, n % 2 == 1)
            n += 1
    for fn, tmpl, groups in OTHER_TEMPLATES:
        for key, word in groups:
            rows.append(("-", tmpl.replace("{g}", word), "%s/%s" % (key, fn)))

    for fn, block in NOGROUP.items():
        for s in block.strip().splitlines():
            if s.strip():
                rows.append(("-", s.strip(), "geen_groep/" + fn))
    return rows


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    rows = build()
    seen = set()
    for grounds, text, label in rows:
        assert "\t" not in text and "\n" not in text, text
        assert "⟦" not in text and "«" not in text and "»" not in text and "⟧" not in text, text
        assert text not in seen, "duplicate: " + text
        seen.add(text)
    parts = {"dev": [], "heldout": []}
    for r in rows:
        held = hashlib.sha256(("hc12:" + r[1]).encode("utf-8")).digest()[0] % 10 < 3
        parts["heldout" if held else "dev"].append(r)
    names = {"dev": ("hatecheck-dev12.tsv", "development part"),
             "heldout": ("hatecheck-heldout12.tsv", "held-out part")}
    for part, (fname, desc) in names.items():
        with open(os.path.join(here, fname), "w", encoding="utf-8") as f:
            f.write("# HateCheck-style statements (twelfth set), %s. Generated by "
                    "screen/testdata/genhc12.py; do not edit by hand.\n" % desc)
            f.write("# grounds TAB text TAB label\n")
            f.write("grounds\ttext\tlabel\n")
            for r in parts[part]:
                f.write("\t".join(r) + "\n")
    print("rows: %d (dev %d, held-out %d)" % (len(rows), len(parts["dev"]), len(parts["heldout"])))
    hate = [r for r in rows if r[0] != "-"]
    print("hateful: %d, non-hateful: %d" % (len(hate), len(rows) - len(hate)))
    for title, keyf in (("per group", lambda r: r[2].split("/")[0]),
                        ("per function", lambda r: r[2].split("/")[1])):
        c = collections.Counter(keyf(r) for r in rows)
        print(title + ":")
        for k, v in sorted(c.items()):
            print("  %-20s %4d" % (k, v))
    c = collections.Counter(r[2].split("/")[1] for r in rows if r[2].split("/")[1] in TRICKS)
    print("per trick: " + ", ".join("%s %d" % (t, c[t]) for t in TRICKS))


if __name__ == "__main__":
    sys.exit(main())
