#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generate the independent 'regs12' evaluation set for the Dutch discrimination screener.

How this set was written
------------------------
Every text below was written by hand, one at a time, as a Python list of
(grounds, text, label) tuples, from general knowledge of Dutch police practice: BVH
mutaties, aangiftes and meldingen as officers record them at the desk, on the street,
via the app or from the meldkamer (1-5 sentences, abbreviations such as mld., bet.,
vdt., AG, SO, rapp., t.h.v., i.v.m., "Mutatie:", "Melding via 112", and the occasional
typo). The author did NOT read or run the screening engine: no Go source code, no
lexicon, no documentation and no other testdata under screen/ was opened; only lines
1-80 of the docstring of gendev11.py were read, for the format and the split. The set
therefore measures how the engine generalises to text that was not tuned to its word
lists. No templates or grids were used and no group words were crossed with sentence
frames. Situations were chosen to be fresh and set in 2026 (apps, deelscooters,
bodycams, WhatsApp groups, Marktplaats, flitsbezorgers, zorgcentra, sportkantines).
Quoted speech appears in several forms (direct quotes in various quote marks,
"zei dat ...", "riep iets als ..."), with some Flemish and street language, and
screenshots with disguised spellings (digits for letters, spaced letters, asterisks,
words run together).

Rows
----
grounds  For a discriminatory text one or more of herkomst, godsdienst, antisemitisme,
         seksuele_gerichtheid, genderidentiteit, geslacht, handicap, leeftijd, overig
         (comma separated, no spaces). For a neutral text exactly "-".
text     The registration text (no tabs or newlines).
label    Discriminatory: the setting (horeca, werk, woning, online, buren, sport, school,
         vervoer, dienstverlening, graffiti, bedreiging, geweld, politie, winkel, zorg).
         Neutral: "neutraal-<kind>" with kind one of beschrijving, slachtoffer, ruzie,
         ontkenning, beleid, weigering, homoniem, positief, overig.

About 40% of the rows are discriminatory: insults with and without slurs,
stereotypes used as insults, threats, violence with a group motive, refusals and
unequal treatment told in everyday words without any slur, graffiti and symbols,
online hate, remarks by colleagues, teachers and officials, ethnic profiling by police,
disguised spellings in screenshots. About 60% are neutral and deliberately hard:
group descriptions in ordinary incidents, places of worship and rainbow streets as
locations, quarrels with ordinary insults, refusals with an ordinary reason,
unfounded suspicions, policy and training texts that name discrimination or quote a
slur, homonyms, victims of ordinary crimes who belong to a group, positive remarks
and negations. The grounds roughly follow Dutch police discrimination figures, with
herkomst the largest.

Split
-----
A row is held out when hashlib.sha256(("regs12:" + text).encode("utf-8")).digest()[0]
% 10 < 3 (about 30%). Held-out rows go to registrations-heldout12.tsv, the rest to
registrations-dev12.tsv. Within each file rows are ordered by the SHA-256 hexdigest of
the text, so the output is deterministic. Run from any directory; files are written
next to this script. The script prints only counts per file, label and ground.
"""

import hashlib
import os
import sys
from collections import Counter

GROUNDS = {
    "herkomst", "godsdienst", "antisemitisme", "seksuele_gerichtheid",
    "genderidentiteit", "geslacht", "handicap", "leeftijd", "overig",
}
SETTINGS = {
    "horeca", "werk", "woning", "online", "buren", "sport", "school", "vervoer",
    "dienstverlening", "graffiti", "bedreiging", "geweld", "politie", "winkel", "zorg",
}
NEUTRAL_KINDS = {
    "beschrijving", "slachtoffer", "ruzie", "ontkenning", "beleid", "weigering",
    "homoniem", "positief", "overig",
}

ROWS = []

# ---------------------------------------------------------------- herkomst
ROWS += [
    ("herkomst", "Mld. belde via 112: bij snackbar aan de Kerkstraat werd zijn vrienden de toegang geweigerd. Portier zei letterlijk 'vanavond geen Marokkanen, zo zijn de regels van de baas'. Vrienden van Nederlandse afkomst mochten wel door.", "horeca"),
    ("herkomst", "Aangifte: aangeefster solliciteerde bij een schoonmaakbedrijf in Tilburg. Op haar eerste cv met de naam Fatima kreeg zij geen reactie, op hetzelfde cv onder de naam Femke werd zij binnen een dag gebeld voor een gesprek.", "werk"),
    ("herkomst", "Mutatie: bet. riep in de tram lijn 4 tegen een vrouw met hoofddoek en haar kinderen 'ga terug naar je eigen land, hier hoor je niet'. Tramconducteur heeft bet. eruit gezet bij halte Centraal. Signalement bekend.", "vervoer"),
    ("herkomst", "Mld. huurt via makelaar een appartement. Na de bezichtiging belde de makelaar dat de eigenaar 'liever geen mensen uit Syrië' wilde. De woning stond een week later nog steeds online.", "woning"),
    ("herkomst", "Melding via de app: op de muur van het fietstunneltje bij station Zuid is met zwarte spuitbus 'NL voor Nederlanders, buitenlanders rot op' gekalkt. Foto's toegevoegd aan registratie. Gemeente ingelicht voor verwijdering.", "graffiti"),
    ("herkomst", "Aangever (Pools) werkt als orderpicker bij distributiecentrum. Teamleider noemt hem en zijn collega's steeds 'die Polen' en 'dom Oostblokvolk' en geeft hun structureel de zwaarste nachtdiensten. Aangever heeft whatsappberichten bewaard.", "werk"),
    ("herkomst", "Vdt. schold de flitsbezorger uit voor 'vuile kankerturk' omdat de boodschappen te laat waren. Bezorger heeft het gesprek met zijn bodycam van de winkel opgenomen. Beelden veiliggesteld.", "bedreiging"),
    ("herkomst", "Mld. meldt dat haar zoon op school door een docent geschiedenis voor de klas werd aangesproken met 'jullie Antillianen zijn toch allemaal lui, dus jij ook'. Schoolleiding zou niets hebben gedaan.", "school"),
    ("herkomst", "Melding buurtbewoner: zijn bovenbuurman laat al weken briefjes in de brievenbus met teksten als 'Surinaamse apen moeten verhuizen'. Mld. is van Surinaamse afkomst en woont er met zijn gezin. Briefjes meegenomen als bewijs.", "buren"),
    ("herkomst", "Aangifte mishandeling: slachtoffer (Eritrese nationaliteit) werd op de Grote Markt geslagen door twee mannen die eerst riepen 'hier hebben we die gelukzoekers'. Slachtoffer had een bloedneus. Camerabeelden gemeente opgevraagd.", "geweld"),
    ("herkomst", "Mld. werd bij de kassa van de Action apart genomen voor tassencontrole. Ze vroeg waarom alleen zij, waarop de beveiliger zei 'jullie uit Roemenie jatten nou eenmaal veel'. Andere klanten werden niet gecontroleerd.", "winkel"),
    ("herkomst", "Screenshot in dossier: in de WhatsAppgroep van de buurtpreventie schrijft een deelnemer 'weer zo'n n3g3r bij de speeltuin, even goed in de gaten houden'. Mld. is lid van de groep en voelt zich geschokt.", "online"),
    ("herkomst", "Mutatie: bij het aanvragen van een parkeervergunning kreeg mld. van een baliemedewerker van de gemeente te horen 'als u geen Nederlands kunt praten moet u maar teruggaan naar Turkije'. Mld. spreekt vloeiend Nederlands.", "dienstverlening"),
    ("herkomst", "Aangever verklaarde dat hij met drie vrienden in Rotterdam-Zuid in korte tijd drie keer is staande gehouden. Agenten gaven als reden 'jullie passen in het profiel'. Ze hadden niets gedaan en reden gewoon op hun fiets.", "politie"),
    ("herkomst", "Mld. wilde met zijn Ghanese vriend een taxi nemen via de app. Chauffeur keek hen aan, zei 'jullie niet' en reed weg. Na een nieuwe boeking door een blanke vriendin kwam dezelfde chauffeur wel.", "vervoer"),
    ("herkomst", "Melding 112: vechtpartij op het voetbalveld na een jeugdwedstrijd O15. Vader van de thuisploeg schreeuwde naar een speler van de tegenpartij 'pak die zwarte aap' en gaf hem daarna een duw. Scheidsrechter heeft de wedstrijd gestaakt.", "sport"),
    ("herkomst", "Aangifte: in de sportkantine van de hockeyclub zei een ouder tegen aangeefster 'van jullie soort hebben we er hier al genoeg, die Marokkaantjes gaan altijd klieren'. Haar zoon (11) stond erbij.", "sport"),
    ("herkomst", "Bet. liep in de Albert Heijn achter mld. aan en riep steeds 'tsjing tsjang tsjong, corona-chinees'. Mld. is geboren in Nijmegen, ouders uit Hongkong. Bedrijfsleider heeft bet. verwijderd.", "winkel"),
    ("herkomst", "Mld. (Turkse achtergrond) kreeg van zijn verhuurder een bericht: 'Ik verhuur niet meer aan Turken, die zetten altijd de hele familie in huis. Zoek maar iets anders.' Contract zou ingaan per 1 maart.", "woning"),
    ("herkomst", "Op een lantaarnpaal bij de Albert Cuypmarkt zijn stickers aangetroffen met 'Remigratie nu' en een afbeelding van een vliegtuig vol donkere mensen. Ca. 15 stuks verwijderd door rapp.", "graffiti"),
    ("herkomst", "Melding: in de zorginstelling zou een verzorgende tegen een bewoonster met Indische achtergrond hebben gezegd 'u hoeft niet te klagen, bij u thuis in de kampong was het vast erger'. Dochter van bewoonster doet melding.", "zorg"),
    ("herkomst", "Mld. wordt door zijn collega's op de bouw 'de Tokkie uit Marrakech' en 'bommenlegger' genoemd. Als hij bezwaar maakt zeggen ze dat het maar een grapje is. Uitvoerder lacht mee.", "werk"),
    ("herkomst", "Vdt. (ca. 50 jr) sprak twee meisjes aan op het perron: 'Jullie zwarte wijven moeten terug naar de bananenboom.' NS-boa heeft vdt. aangehouden. Verhoor volgt.", "vervoer"),
    ("herkomst", "Aangifte bedreiging: onder een TikTok-filmpje van aangever over zijn Somalische eten schreef een account 'k0pp3n ov3rh00p sch13t3n, al die somaliers'. Account is anoniem. Screenshot bijgevoegd.", "online"),
    ("herkomst", "Mutatie: buurvrouw roept telkens over de schutting 'Hé Polak, ga je vuile auto wassen in je eigen land'. Mld. woont er sinds 2019 en heeft filmpjes gemaakt. Buurtbemiddeling eerder zonder resultaat.", "buren"),
    ("herkomst", "Mld. meldt dat hij bij de ingang van de club door de portier werd gevraagd naar een clubpas, terwijl zijn blanke vrienden zonder pas naar binnen konden. De portier zei erbij 'met jouw kop kom je er toch niet in'.", "horeca"),
    ("herkomst", "Aangeefster werd op de markt bij haar kraam uitgescholden door een andere marktkoopman: 'kutmarokkaan, jullie verpesten de markt'. Hij trapte daarbij een krat sinaasappels om. Getuigen aanwezig.", "bedreiging"),
    ("herkomst", "Melding via 0900: leerkracht van groep 7 zou tegen een leerling hebben gezegd dat 'kinderen uit het azc het niveau naar beneden halen' en hem achterin de klas laten zitten. Moeder wil aangifte doen.", "school"),
    ("herkomst", "Mld. kreeg bij de huisarts geen afspraak: de assistente zei 'wij nemen geen arbeidsmigranten meer aan, jullie gaan toch weer weg'. Mld. woont al 6 jaar vast in de gemeente.", "zorg"),
    ("herkomst", "Aangifte: slachtoffer liep met zijn vrouw over de dijk toen een groep jongeren vanuit een auto 'kakkerlakken' en 'terug naar Afrika' riep en een blikje naar hen gooide. Kenteken deels genoteerd.", "geweld"),
    ("herkomst", "Op de deur van de Poolse supermarkt aan de Wilhelminastraat is met stift geschreven 'Polen eruit'. Eigenaar deed melding; het is de tweede keer deze maand.", "graffiti"),
    ("herkomst", "Mld. werd door twee agenten gefouilleerd bij het station. Op haar vraag waarom antwoordde een van hen: 'Mensen zoals jij hebben hier vaak drugs bij zich.' Mld. is van Kaapverdische afkomst. Klacht doorgezet naar klachtencommissie.", "politie"),
    ("herkomst", "Aangever zag op Marktplaats een kamer te huur. Na zijn bericht schreef de verhuurder terug: 'sorry, geen buitenlanders, alleen NL studenten'. Aangever is student en heeft een Nederlands paspoort.", "woning"),
    ("herkomst", "Melding: een klant van de kapsalon weigerde zich te laten knippen door de kapper met de woorden 'ik laat me niet aanraken door een zwarte'. Klant is vertrokken zonder betalen.", "dienstverlening"),
    ("herkomst", "Mutatie: in de groepsapp van het elftal van de zaterdagvoetbal werd een foto van een teamgenoot met het bijschrift 'onze eigen gorilla' gedeeld. De teamgenoot is van Surinaamse komaf en is uit de app gestapt.", "online"),
    ("herkomst", "Vdt. zou in de bus naar de chauffeur hebben geroepen: 'Rij normaal, Turk, in jouw land hebben ze geen rijbewijs zeker.' Daarna spuugde hij richting de chauffeur. Chauffeur deed aangifte.", "vervoer"),
    ("herkomst", "Aangifte: aangever kreeg een brief van zijn werkgever dat zijn contract niet werd verlengd. Leidinggevende zei mondeling 'klanten willen liever een Nederlands gezicht aan de balie'. Aangever is geboren in Afghanistan.", "werk"),
    ("herkomst", "Mld. werd op de camping in Zeeland door de beheerder geweigerd. 'We hebben plek, maar niet voor woonwagenvolk en Bulgaren,' zei hij. Mld. heeft het gesprek opgenomen.", "dienstverlening"),
    ("herkomst", "Melding: op het schoolplein van de middelbare school is een jongen van 14 door klasgenoten in elkaar geslagen. Ze riepen erbij 'dit is voor Oekraïne, vuile Rus'. Jongen heeft een gebroken pols.", "geweld"),
    ("herkomst", "Mld. liep met haar dochter door het winkelcentrum toen een man zei 'nog meer van die bruine koppen, straks is heel Nederland zo'. Hij liep daarna snel door richting parkeergarage.", "bedreiging"),
    ("herkomst", "Aangever, Marokkaanse achtergrond, verklaart dat de verkoper van de autodealer hem geen proefrit liet maken 'omdat je toch wegrijdt met de auto'. Zijn collega met een Hollandse naam mocht een uur later wel.", "winkel"),
    ("herkomst", "Mutatie: op Facebook plaatste een man onder een artikel over een nieuw azc in het dorp 'wie helpt me die bruine ratten eruit te roken, ik heb benzine'. Aangever is beheerder van de pagina.", "online"),
    ("herkomst", "Melding via de wijkagent: een Nepalese restauranthouder krijgt al maanden anonieme telefoontjes waarin wordt gezegd 'spleetogen horen hier niet, we steken je tent in de fik'. Nummers onderdrukt.", "bedreiging"),
    ("herkomst", "Mld. kreeg bij de woningcorporatie te horen dat zij niet in aanmerking kwam voor de flat in de Vogelwijk: 'we willen de wijk niet nog zwarter maken'. Medewerker heeft dit later ontkend.", "woning"),
    ("herkomst", "Aangifte: een Indiase kennismigrant werd in het zwembad door een badmeester steeds gecontroleerd op zijn bandje, terwijl andere bezoekers dat niet hoefden. Toen hij vroeg waarom zei de badmeester 'jullie mensen glippen er graag tussendoor'.", "dienstverlening"),
    ("herkomst", "Melding: tijdens de wedstrijd in de zaal werden er oerwoudgeluiden gemaakt bij elke balaanraking van de enige zwarte speler van de uitploeg. Scheidsrechter heeft de wedstrijd stilgelegd en de KNVB ingelicht.", "sport"),
    ("herkomst", "Mld. werkt als schoonmaker in een kantoorgebouw. Een medewerker van het bedrijf zei tegen hem 'jij bent net een van die slaven van vroeger, blijf maar dweilen' en lachte erom met collega's.", "werk"),
    ("herkomst", "Aangifte: een jongen (16) werd in de Jumbo door een vakkenvuller 'kankerallochtoon' genoemd en opgedragen de winkel te verlaten. Hij had niets gedaan en stond bij de frisdrank.", "winkel"),
    ("herkomst", "Op het hek van het azc aan de Rijksweg is een spandoek gehangen met de tekst 'Geen AZC, geen verkrachters'. Mutatie aangemaakt, spandoek verwijderd en veiliggesteld.", "graffiti"),
    ("herkomst", "Mld. hoorde zijn buurman tegen zijn kinderen zeggen 'ga niet met die zigeunerkinderen spelen, die stelen alles'. De buurman roept ook bij het ophalen van het afval 'stelend tuig'. Mld. is Roma.", "buren"),
    ("herkomst", "Mutatie: bij de grenscontrole op Schiphol werd mld. als enige uit de rij gehaald. De marechaussee zei volgens hem 'jij ziet eruit als iemand die we moeten checken'. Mld. heeft een Nederlands paspoort, ouders uit Irak.", "politie"),
    ("herkomst", "Melding: bij de ingang van de sportschool zei de eigenaar tegen mld. dat 'er al genoeg Turken en Marokkanen lid zijn' en dat de inschrijving vol was. Een vriend van mld. kon dezelfde dag online lid worden.", "dienstverlening"),
    ("herkomst", "Bet. schreeuwde naar een Chinese bezorger op een e-bike 'vreet je honden maar op, vieze chink' en duwde hem van zijn fiets. Bezorger had schaafwonden. Bet. aangehouden door collega's.", "geweld"),
    ("herkomst", "Aangeefster (Antilliaanse) kreeg bij een sollicitatie voor een receptiebaan te horen dat 'je accent de gasten misschien afschrikt'. Ze heeft Nederlands als moedertaal en spreekt zonder accent.", "werk"),
    ("herkomst", "Screenshot Instagram: 'al die m@r0kk@n3n in de wijk moeten gedeporteerd worden, begin maar bij nr 12'. Op nr. 12 woont mld. met haar familie. Aangifte bedreiging opgenomen.", "online"),
    ("herkomst", "Mutatie: in het café zei de barman tegen twee Oost-Europese klanten 'voor jullie schenk ik niet, jullie zuipen en vechten toch altijd'. Ze waren nuchter en hadden nog niets besteld.", "horeca"),
    ("herkomst", "Melding buren: op de voordeur van een Syrisch gezin is een varkenskop achtergelaten met een briefje 'terug naar de woestijn'. Gezin is zeer geschrokken. Forensische opsporing ingeschakeld.", "buren"),
    ("herkomst", "Mld. reed met zijn auto door Zaandam en werd binnen een week vier keer aangehouden voor een 'routinecontrole'. Bij de laatste keer zei de agent 'een jonge Marokkaan in zo'n auto, dat valt nou eenmaal op'.", "politie"),
    ("herkomst", "Aangifte: op de middelbare school heeft de gymdocent tegen een leerling met Molukse achtergrond gezegd 'jij bent zeker gewend om in bomen te klimmen'. Klasgenoten hebben het gefilmd.", "school"),
    ("herkomst", "Vdt. weigerde bij de apotheek geholpen te worden door de Syrische apothekersassistent: 'ik wil een Nederlander, die terroristen vergiftigen je nog'. Hij werd luid en is door de beveiliging verwijderd.", "zorg"),
    ("herkomst", "Melding: een Braziliaanse vrouw werd in het fitnesscentrum door een andere bezoeker 'Latina hoer' genoemd en gevraagd 'hoeveel voor een uurtje'. Personeel greep niet in.", "sport"),
    ("herkomst", "Mutatie: in de lift van de flat is met een mes 'WIT = RECHT' en een keltisch kruis in de wand gekrast. Mld. is een van de weinige zwarte bewoners en vreest dat het op hem slaat.", "graffiti"),
    ("herkomst", "Aangever bood op Marktplaats een fiets aan. Koper schreef: 'Haha een fiets van een Marokkaan, zal wel gestolen zijn, zie je morgen in de cel.' Daarna volgden meer berichten met scheldwoorden.", "online"),
    ("herkomst", "Melding: ouder bij de voetbalclub roept tegen een scheidsrechter van Turkse afkomst 'ga lekker fluiten in Istanbul, geitenneuker'. Scheids heeft de wedstrijd gestaakt, club legt een stadionverbod op.", "sport"),
    ("herkomst", "Mld. deed een huurbod op een studio in Utrecht. Verhuurbemiddelaar mailde: 'Eigenaar geeft voorkeur aan iemand met een westerse achtergrond i.v.m. eerdere ervaringen.' Mld. is van Marokkaanse afkomst.", "woning"),
    ("herkomst", "Aangifte: tijdens de nachtdienst in het verpleeghuis zei een collega tegen aangeefster 'jij mag de bewoners niet wassen, die schrikken van zo'n zwarte'. Leidinggevende is ingelicht.", "zorg"),
    ("herkomst", "Mutatie: man klampte een Afghaanse jongen aan bij de bushalte en zei 'we gaan jullie allemaal opsporen en afmaken, vieze taliban'. Jongen is weggerend en heeft zijn moeder gebeld.", "bedreiging"),
    ("herkomst", "Melding: op de deelscooter die voor de kebabzaak staat is met stift 'terug naar je kebablandje' geschreven, en op de ruit van de zaak hing een briefje 'wij willen jullie hier niet'. Eigenaar deed melding.", "graffiti"),
    ("herkomst", "Mld. vertelt dat zij bij de balie van het UWV door een medewerker werd toegesproken als een kind: 'u begrijpt vast niet hoe het hier werkt, in uw land is dat anders'. Ze is hier geboren.", "dienstverlening"),
    ("herkomst", "Aangifte: een Vlaamse vrachtwagenchauffeur zei tegen aangever op de parkeerplaats 'makakken zoals gij moeten hier niet komen tanken'. Aangever is van Congolese afkomst. Tankstation heeft beelden.", "bedreiging"),
    ("herkomst", "Mld. is bij het wachten op zijn bestelling in de shoarmazaak door een andere klant geslagen. De man riep eerst 'jullie nemen ons land over' en sloeg toen met een vuist. Mld. is van Iraanse komaf.", "geweld"),
    ("herkomst", "Melding: in de klas stuurde een leerling een meme rond waarop een klasgenoot met een donkere huidskleur als aap was afgebeeld. Mentor heeft de ouders ingelicht, slachtoffer durft niet meer naar school.", "school"),
    ("herkomst,godsdienst", "Aangifte: aangeefster met hoofddoek werd in de supermarkt door een man aangesproken: 'Wij willen geen moslims uit het buitenland, doe dat vod af of ga terug.' Hij rukte daarna aan haar hoofddoek.", "geweld"),
    ("herkomst,godsdienst", "Mutatie: op de gevel van de Turkse moskee aan de Prinsenlaan is gespoten 'Turken en islam = kanker'. Bestuur doet aangifte. Camera van buren heeft mogelijk beelden.", "graffiti"),
    ("herkomst", "Mld. kreeg een appje van zijn nieuwe werkgever: 'Sorry, we hadden niet door dat je Eritrees bent. Klanten vinden dat lastig. We zien af van de samenwerking.' Hij zou maandag beginnen.", "werk"),
    ("herkomst", "Mld. vertelt dat de conducteur alleen zijn vervoersbewijs controleerde en dat van de andere reizigers in de coupe niet. Toen hij vroeg waarom, zei de conducteur 'bij jullie gaat het vaak mis'. Mld. is van Marokkaanse afkomst.", "vervoer"),
]

# ---------------------------------------------------------------- seksuele_gerichtheid
ROWS += [
    ("seksuele_gerichtheid", "Melding via 112: twee mannen die hand in hand liepen op de Oudegracht werden door drie jongens bespuugd. Een van de jongens riep 'vieze homo's, dit is geen Amsterdam'. Slachtoffers ongedeerd maar aangeslagen.", "geweld"),
    ("seksuele_gerichtheid", "Aangifte: aangever werd in de kleedkamer van zijn voetbalclub door teamgenoten 'flikker' genoemd nadat hij had verteld dat hij een vriend heeft. Zijn tas werd onder de douche gegooid.", "sport"),
    ("seksuele_gerichtheid", "Mutatie: op de deur van mld. en haar vrouw is met stift 'potten' en een doorgestreepte regenboog getekend. Ze wonen sinds een maand in de straat. Buurtagent ingelicht.", "buren"),
    ("seksuele_gerichtheid", "Mld. zat met haar vriendin in een café in Heerlen. De barman weigerde hen nog iets te schenken 'zolang jullie zo aan elkaar zitten, dit is een net café'. Een hetero stel aan de bar zoende wel.", "horeca"),
    ("seksuele_gerichtheid", "Aangifte bedreiging: via Grindr werd aangever naar een adres gelokt. Daar stonden vier jongens die hem filmden, 'kankerhomo' riepen en zijn telefoon afpakten. Beelden staan mogelijk online.", "geweld"),
    ("seksuele_gerichtheid", "Screenshot in dossier: in een Snapchatgroep van de klas schrijft een leerling 'wie die h0m0 morgen nog op school ziet mag hem slaan'. Het slachtoffer is 15 en heeft zich vorige maand geout.", "online"),
    ("seksuele_gerichtheid", "Mld. meldt dat zijn leidinggevende in de keuken van het restaurant zegt 'jij mag niet in de bediening, gasten willen geen homo aan tafel'. Andere koks lachen daarom.", "werk"),
    ("seksuele_gerichtheid", "Melding: de regenboogbank in het park aan de Singel is voor de derde keer beklad, dit keer met 'homo's = ziek' en een hakenkruis. Gemeente gaat camera plaatsen.", "graffiti"),
    ("seksuele_gerichtheid", "Mutatie: verhuurder van een kamer in Delft trok zijn toezegging in nadat mld. vertelde dat zijn vriend soms blijft slapen. 'Dat soort dingen wil ik niet onder mijn dak,' schreef hij via WhatsApp.", "woning"),
    ("seksuele_gerichtheid", "Aangeefster vertelt dat haar docent wiskunde voor de klas zei 'lesbiennes zijn gewoon meisjes die nog niet de juiste jongen hebben gehad'. Klasgenoten lachten en noemen haar sindsdien 'de pot'.", "school"),
    ("seksuele_gerichtheid", "Vdt. riep in de bus tegen een jongen met gelakte nagels 'nicht, ik sla je in elkaar als je naar me kijkt'. Buschauffeur stopte en belde de politie. Vdt. is ter plaatse aangehouden.", "vervoer"),
    ("seksuele_gerichtheid", "Melding buurvrouw: twee mannen die samen wonen worden door de buurjongens dagelijks nageroepen met 'aids-homo's' en er zijn eieren tegen hun raam gegooid. Mld. heeft het gefilmd.", "buren"),
    ("seksuele_gerichtheid", "Aangifte: op de Pride-boot van het bedrijf werd vanaf de kade een fles gegooid. De dader riep 'god haat jullie, homo's horen in de hel'. Een opvarende raakte gewond aan het hoofd.", "geweld"),
    ("seksuele_gerichtheid", "Mld. kreeg via Instagram een DM: 'Ik weet waar je woont, vieze l e s b o, je gaat eraan'. Account is dezelfde dag aangemaakt. Aangifte bedreiging opgenomen.", "online"),
    ("seksuele_gerichtheid", "Mutatie: bij de sportschool zei de eigenaar tegen mld. dat hij zijn abonnement beter kon opzeggen, omdat 'de andere mannen zich niet prettig voelen met een homo in de kleedkamer'.", "sport"),
    ("seksuele_gerichtheid", "Melding: tijdens een controle vroeg een agent aan twee mannen in de auto 'zijn jullie zo'n homostelletje? Dan moeten we extra goed zoeken'. Mld. heeft een klacht ingediend. Bodycambeelden opgevraagd.", "politie"),
    ("seksuele_gerichtheid", "Aangever werd in de kroeg in Volendam bij de wc opgewacht door twee mannen die zeiden 'hier lopen geen janetten rond' en hem tegen de muur duwden. Hij had zijn vriend eerder gezoend.", "geweld"),
    ("seksuele_gerichtheid", "Mld. is verpleegkundige en hoorde van een collega dat een patiënt niet door hem verzorgd wilde worden 'omdat hij toch zo'n nicht is'. Teamleider heeft toen mld. van de kamer gehaald in plaats van de patiënt aan te spreken.", "zorg"),
    ("seksuele_gerichtheid", "Mutatie: tijdens de competitiewedstrijd hockey scandeerde het publiek 'homo, homo' naar een speler van de tegenpartij die getrouwd is met een man. De club heeft dit gemeld.", "sport"),
    ("seksuele_gerichtheid", "Aangifte: bij de bloemenwinkel werd aangever geweigerd een bruidsboeket te bestellen voor zijn huwelijk met zijn vriend. De eigenaar zei 'twee mannen, daar werk ik niet aan mee'.", "winkel"),
    ("seksuele_gerichtheid", "Melding via app: op TikTok is een filmpje verschenen waarin een jongen uit de wijk een homoseksuele buurman achtervolgt en 'f*kker' roept. Onder het filmpje wordt opgeroepen hem 'een lesje te leren'.", "online"),
    ("seksuele_gerichtheid", "Mld. en zijn man wilden een kindje adopteren. Bij het eerste gesprek zei de medewerker van het bureau 'eerlijk gezegd vind ik dat een kind een moeder nodig heeft, ik zou jullie niet voordragen'.", "dienstverlening"),
    ("seksuele_gerichtheid", "Vdt. zei aan de bar tegen mld. 'als mijn zoon zo'n mietje was als jij zou ik hem onterven' en gooide zijn bier over hem heen. Portier heeft vdt. verwijderd.", "horeca"),
    ("seksuele_gerichtheid", "Op de muur van het COC-pand is gisternacht 'AIDS IS GODS STRAF' gespoten. Het is de vierde melding dit jaar. Sporen veiliggesteld door FO.", "graffiti"),
    ("seksuele_gerichtheid", "Aangifte: collega's van de bouwploeg hebben een foto van aangever met zijn partner in de groepsapp gezet met de tekst 'kontneukers van de maand'. Aangever heeft zich ziek gemeld.", "werk"),
    ("seksuele_gerichtheid", "Melding: twee vrouwen die elkaar kusten op het perron in Zwolle werden door een man benaderd die zei 'dat doe je maar thuis, anders trek ik je haren eruit, lelijke lesbo's'. NS-beveiliging heeft hem staande gehouden.", "bedreiging"),
    ("seksuele_gerichtheid", "Mutatie: mld. (bi) vertelt dat haar huisgenoten haar uit het huis willen zetten sinds ze met een vrouw thuiskwam. In de huisapp staat 'we willen geen biseksuele freak in ons huis'.", "woning"),
    ("seksuele_gerichtheid", "Mld. meldt dat zijn zoon (12) op de BSO wordt gepest en dat een pedagogisch medewerker meedeed door te zeggen 'doe niet zo homo, stel je niet aan'. Zijn zoon is homo en heeft het thuis verteld.", "school"),
    ("seksuele_gerichtheid", "Aangifte: bij een date via een app is aangever in het bos bij Hilversum opgewacht en mishandeld. Daders zeiden 'dit krijg je als je met mannen afspreekt'. Hij heeft hechtingen.", "geweld"),
    ("seksuele_gerichtheid", "Screenshot X-bericht: 'Regenboogzebrapad in Zutphen? Laten we het asfalt met die h*mo's erop verven.' Bericht gedeeld 300 keer. Mld. is initiatiefnemer van het zebrapad.", "online"),
    ("seksuele_gerichtheid", "Mld. werd door de buurman over het balkon aangesproken: 'Jullie twee flikkers moeten niet denken dat je kinderen mag krijgen hier in de flat.' Hij gooide vervolgens een bloempot naar beneden.", "buren"),
]

# ---------------------------------------------------------------- antisemitisme
ROWS += [
    ("antisemitisme", "Melding via 112: bij de synagoge aan de Lekstraat heeft een man de beveiliger uitgescholden voor 'vuile jood' en tegen het hek geschopt. Man is weggefietst richting Rijnstraat.", "bedreiging"),
    ("antisemitisme", "Aangifte: aangever droeg een keppeltje in de trein naar Amersfoort. Een medereiziger zei 'Hitler had het werk af moeten maken' en maakte een gebaar alsof hij een pistool schoot.", "vervoer"),
    ("antisemitisme", "Mutatie: op de Stolpersteine in de Vughterstraat zijn hakenkruizen gekrast en er is verf overheen gegooid. Gemeente en Joodse gemeente ingelicht.", "graffiti"),
    ("antisemitisme", "Mld. vond in de brievenbus een briefje: 'Joden het gas in. We weten wie jullie zijn.' Mld. heeft een mezoeza aan de deurpost. Briefje veiliggesteld voor sporenonderzoek.", "buren"),
    ("antisemitisme", "Screenshot: in een Telegramgroep wordt gesproken over 'de j00d3n die de banken runnen' en er wordt het adres van een Joodse ondernemer uit Amstelveen gedeeld met de tekst 'bezoekje brengen'.", "online"),
    ("antisemitisme", "Aangifte: op het voetbalveld riep een speler van de tegenpartij tegen aangever 'kankerjood, ga terug naar Israël'. Aangever is niet Joods maar speelt bij een club met een Joodse bijnaam; de speler bedoelde het als scheldwoord voor hem.", "sport"),
    ("antisemitisme", "Melding: leerling (13) van een Amsterdamse middelbare school wordt door klasgenoten 'de gierige jood' genoemd en er worden muntjes naar hem gegooid in de pauze. Mentor is op de hoogte.", "school"),
    ("antisemitisme", "Mutatie: mld. runt een koosjere bakkerij. Klant kwam binnen, zei 'jullie hebben al genoeg geld uit onze zakken gehaald' en spuugde op de toonbank. Camerabeelden beschikbaar.", "winkel"),
    ("antisemitisme", "Aangeefster, Joods, werkt als kapster. Een collega hangt in de personeelsruimte cartoons op van joden met grote neuzen en geldzakken en noemt haar 'onze kleine Shylock'.", "werk"),
    ("antisemitisme", "Melding: op de gevel van het Joods Monument in de wijk is 'Free Palestine - dood aan alle joden' gespoten. Rapp. heeft foto's gemaakt. Zaak overgedragen aan team discriminatiezaken.", "graffiti"),
    ("antisemitisme", "Vdt. zat in de kroeg en zei hardop tegen aangever, die een davidster aan een ketting droeg: 'zo'n ster moet je op je jas dragen, net als vroeger'. Hij sloeg daarna aangever tegen de schouder.", "horeca"),
    ("antisemitisme", "Aangifte: een man in de tram liet een filmpje zien van zijn telefoon met de tekst 'Holocaust = verzonnen door Joden om geld te krijgen' en zei tegen aangever 'jouw soort liegt altijd'.", "vervoer"),
    ("antisemitisme", "Melding: bij de Chabad-winkel is een steen door de ruit gegooid met het woord 'zionistenzwijnen' op een papiertje eromheen. Geen gewonden.", "geweld"),
    ("antisemitisme", "Mutatie: supporters in de trein zongen 'wie niet springt die is een jood' en 'Hamas, Hamas, joden aan het gas'. Beelden via ME-camera vastgelegd. Identificatie loopt.", "sport"),
    ("antisemitisme", "Mld. kreeg een mail van de eigenaar van een vakantiehuisje: 'We verhuren niet aan Israëliërs of joden, ook geen uitzonderingen. Fijne dag.' Mld. had alleen haar achternaam Cohen ingevuld.", "woning"),
    ("antisemitisme", "Screenshot Instagramstory: een influencer plaatst een foto van een rabbijn met de tekst 'z1 ons zw33t de j0d3n laat ons niet met rust', met 80.000 weergaven. Aangifte door CIDI-medewerker.", "online"),
    ("antisemitisme", "Aangifte: een Joodse student werd na een college in de hal van de universiteit omsingeld door een groep die riep 'zionist, je hebt bloed aan je handen' en haar tas aftrok. Zij had zich nooit over Israël uitgelaten.", "bedreiging"),
    ("antisemitisme", "Melding: een bewoonster van het zorgcentrum (92, Holocaustoverlevende) vertelt dat een schoonmaker tegen haar zei 'jij had ook in Auschwitz moeten blijven'. Familie wil aangifte doen.", "zorg"),
    ("antisemitisme", "Mutatie: op de hekken van het Joodse kinderdagverblijf zijn stickers geplakt met '6MWE' en een afbeelding van een oven. Beveiliging heeft ze verwijderd en foto's gemaakt.", "graffiti"),
    ("antisemitisme", "Mld. hoorde zijn buurman via het open raam tegen zijn vrouw roepen 'die jodenfamilie naast ons, die kopen de hele straat nog op'. Sindsdien worden hun vuilniszakken opengesneden.", "buren"),
]

# ---------------------------------------------------------------- godsdienst
ROWS += [
    ("godsdienst", "Melding: bij de moskee aan de Poolsterstraat is een pakket met varkensvlees en een briefje 'eet dit maar, terroristen' voor de deur gelegd. Bestuur doet aangifte. Camerabeelden veiliggesteld.", "graffiti"),
    ("godsdienst", "Aangifte: aangeefster werd bij de sollicitatie voor een baan als doktersassistente gevraagd of ze haar hoofddoek wilde afdoen 'omdat patiënten schrikken van moslims'. Ze werd afgewezen toen ze dat weigerde.", "werk"),
    ("godsdienst", "Mutatie: man riep op het Marktplein tegen een groep vrouwen met hoofddoek 'islam is een ziekte, jullie zijn allemaal bommenmaaksters'. Hij liep achter ze aan tot de bushalte.", "bedreiging"),
    ("godsdienst", "Mld. is sikh en draagt een tulband. Bij de ingang van een discotheek in Breda zei de portier 'met zo'n theedoek op je hoofd kom je er niet in'. Andere bezoekers met petjes mochten wel naar binnen.", "horeca"),
    ("godsdienst", "Screenshot in dossier: in een Facebookgroep van het dorp schrijft iemand 'moslims zijn geiteneukers, die nieuwe moskee moet in de fik'. Bericht heeft 40 likes. Aangifte door moskeebestuur.", "online"),
    ("godsdienst", "Aangifte: een leerling (14) die tijdens de ramadan vastte kreeg van haar docent te horen 'dat achterlijke gedoe van jullie geloof, ga maar eten of je krijgt een onvoldoende'. Ouders doen melding.", "school"),
    ("godsdienst", "Melding: op de gevel van de Evangelische gemeente in Emmen is 'christenhonden' en een omgekeerd kruis gespoten. Het is de tweede keer dit jaar.", "graffiti"),
    ("godsdienst", "Mutatie: een vrouw met nikab werd in de bus door een medepassagier aan haar sluier getrokken. Hij riep 'in Nederland laten we ons gezicht zien, vuile moslima'. Chauffeur heeft de politie gebeld.", "geweld"),
    ("godsdienst", "Mld. vertelt dat zijn leidinggevende weigert hem vrijaf te geven voor het Suikerfeest 'omdat we hier geen islamitische feestdagen vieren', terwijl collega's wel vrij krijgen voor Kerst en Pasen en hij zijn vrije dagen wilde opnemen.", "werk"),
    ("godsdienst", "Aangifte: buurman hangt een spandoek aan zijn balkon met 'Stop de islamisering - moslims de wijk uit' gericht naar de woning van aangever, waar een gebedsruimte aan huis is.", "buren"),
    ("godsdienst", "Melding: een man werd in de supermarkt door een andere klant uitgescholden voor 'gristenfundamentalist' en 'Jezusfreak' omdat hij een kruisje droeg en bad voor zijn maaltijd in de kantine. Hij werd geduwd.", "winkel"),
    ("godsdienst", "Mutatie: bij de Hindoestaanse tempel in Den Haag zijn beelden beschadigd en is 'afgodenvereerders rot op' op de deur gekrast. Gemeenschap is erg geschrokken.", "graffiti"),
    ("godsdienst", "Aangeefster, lid van de Jehova's Getuigen, werd bij het langsgaan aan de deur door een bewoner geslagen met de woorden 'jullie sekte hoort hier niet, nog een keer en ik maak je af'.", "geweld"),
    ("godsdienst", "Mld. kreeg bij het zwembad te horen dat ze niet in haar boerkini mocht zwemmen 'omdat we geen islam in het bad willen'. Er staat in het reglement niets over zwemkleding van die soort.", "dienstverlening"),
    ("godsdienst", "Melding via app: bij de ingang van het ziekenhuis zei een beveiliger tegen een man met baard en djellaba 'jij wordt extra gecontroleerd, met jouw geloof weet je het maar nooit'. Andere bezoekers liepen zo door.", "zorg"),
]

# ---------------------------------------------------------------- genderidentiteit
ROWS += [
    ("genderidentiteit", "Aangifte: aangeefster (transvrouw) werd op de wc van het station door een man aangesproken met 'jij bent een vent, eruit hier' en aan haar arm naar buiten getrokken. Ze heeft blauwe plekken.", "geweld"),
    ("genderidentiteit", "Mutatie: mld. is non-binair en wordt door de teamleider bewust met 'meneer' aangesproken en in de roosterapp als 'het' vermeld. Bij bezwaar zei de teamleider 'ik doe niet mee aan die woke onzin'.", "werk"),
    ("genderidentiteit", "Melding: op de deur van een transgender buurvrouw is 'travo' en 'kerel in een jurk' geschreven. Ook is haar brievenbus dichtgekit. Mld. woont op de begane grond.", "buren"),
    ("genderidentiteit", "Screenshot: in een Discordserver worden foto's van een trans jongen uit Almere gedeeld met teksten als 'die tr@nny moet van het dak', met zijn school erbij. Aangifte door moeder.", "online"),
    ("genderidentiteit", "Aangifte: bij de sportschool werd aangeefster (trans) de toegang tot de damesrestruimte geweigerd door een medewerker die zei 'u bent biologisch een man, doe niet zo raar'. Haar paspoort vermeldt V.", "sport"),
    ("genderidentiteit", "Mld. vertelt dat de huisarts weigerde haar hormoonrecept te verlengen met de opmerking 'ik werk niet mee aan dat soort verminkingen, u bent gewoon een man'. Ze is al vijf jaar in transitie.", "zorg"),
    ("genderidentiteit", "Melding via 112: groep jongeren bedreigt op het Leidseplein een persoon in een jurk met baard. Ze roepen 'shemale, we gaan je uitkleden om te kijken wat je bent'. Eenheden ter plaatse.", "bedreiging"),
    ("genderidentiteit", "Mutatie: docent van een mbo-opleiding weigert een trans leerling bij zijn nieuwe naam te noemen en zei voor de klas 'voor mij blijf je gewoon Lisa, meisjes worden geen jongens'.", "school"),
    ("genderidentiteit", "Aangifte: aangeefster wilde een kamer huren. Bij de bezichtiging zag de verhuurder dat haar ID nog de oude naam had. 'Ik wil geen transgenders in huis, dat geeft gedoe,' zei hij en trok het aanbod in.", "woning"),
    ("genderidentiteit", "Melding: tijdens een fouillering vroeg een agent aan mld. (transman) 'wat zit er eigenlijk in je broek' en maakte hij grappen tegen zijn collega. Klacht ingediend, bodycambeelden opgevraagd.", "politie"),
    ("genderidentiteit", "Mld. werd in de taxi door de chauffeur uitgescholden: 'Ben jij een man of een vrouw? Zulke gestoorden neem ik niet mee.' Hij zette haar midden op de ring af.", "vervoer"),
]

# ---------------------------------------------------------------- handicap
ROWS += [
    ("handicap", "Aangifte: aangever zit in een rolstoel en werd bij de ingang van een café geweigerd. Eigenaar zei 'rolstoelers zijn slecht voor de sfeer, ga maar ergens anders'. De ingang is drempelloos.", "horeca"),
    ("handicap", "Mutatie: jongen met het syndroom van Down werd in het park door drie jongeren gefilmd terwijl ze hem 'mongool' noemden en hem chips lieten eten van de grond. Filmpje staat op TikTok.", "online"),
    ("handicap", "Melding: blinde vrouw met geleidehond werd de toegang tot de huisartsenpraktijk geweigerd 'want honden komen er niet in en blinden moeten maar iemand meenemen'. Geleidehonden zijn wettelijk toegestaan.", "zorg"),
    ("handicap", "Mld. is doof en kreeg bij de gemeente geen tolk toegewezen. De ambtenaar zei 'als u niet kunt horen heeft het ook geen zin om te komen, dat kost ons alleen maar tijd'.", "dienstverlening"),
    ("handicap", "Aangifte: een man met een spierziekte werd door zijn buurman bij het uitstappen uitgescholden voor 'kreupele parasiet, leef maar van mijn belastinggeld' en er werd een ei naar hem gegooid.", "buren"),
    ("handicap", "Melding: scholier met autisme wordt in de groepsapp van de klas 'de debiel' genoemd en er worden filmpjes gedeeld waarin ze hem nadoen. De leraar zou hebben gezegd 'hij vraagt er ook om'.", "school"),
    ("handicap", "Mutatie: mld. heeft een verstandelijke beperking en werkt in een supermarkt via een participatietraject. Een collega sluit hem op in de koelcel 'voor de grap' en noemt hem 'de idioot van de vestiging'.", "werk"),
    ("handicap", "Aangifte: een slechtziende man werd in de tram door een passagier van zijn stoel gejaagd met 'kijk uit je doppen, blinde mol, of zit je daar voor de lol'. Hij kreeg een duw en viel.", "vervoer"),
    ("handicap", "Melding: bij het zwembad kreeg een meisje met een prothese te horen dat ze 'niet in het diepe bad mocht, omdat gehandicapten het voor andere kinderen eng maken'. Ze heeft een zwemdiploma.", "sport"),
    ("handicap", "Mld. heeft een zichtbare handicap aan zijn gezicht. Twee mannen op een terras riepen 'kijk dat monster, ga dood, sowieso beter voor jezelf'. Daarna gooiden ze een glas in zijn richting.", "bedreiging"),
    ("handicap", "Aangifte: verhuurder wilde niet verhuren aan aangeefster nadat hij hoorde dat ze in een rolstoel zit en een assistentiehond heeft: 'dat gaat mijn vloer kapotmaken, zulke mensen horen in een instelling'.", "woning"),
]

# ---------------------------------------------------------------- geslacht
ROWS += [
    ("geslacht", "Aangifte: aangeefster kreeg bij een sollicitatie als monteur te horen dat 'een vrouw in de werkplaats alleen maar afleidt, de jongens zouden gaan roddelen'. De vacature bleef openstaan.", "werk"),
    ("geslacht", "Mutatie: vrouwelijke scheidsrechter werd na afloop van een amateurwedstrijd door spelers omsingeld. Ze riepen 'wijf, ga terug naar de keuken' en een speler gaf haar een duw. Club heeft spelers geschorst.", "sport"),
    ("geslacht", "Melding: mld. is zwanger en kreeg van haar werkgever te horen dat haar tijdelijk contract niet wordt verlengd 'omdat je toch straks thuis bij de baby wilt zitten'. Haar mannelijke collega werd wel verlengd.", "werk"),
    ("geslacht", "Screenshot: onder een filmpje van een vrouwelijke gamer uit Eindhoven staan tientallen reacties als 'vrouwen horen niet te gamen, h03r' en 'ik kom je thuis verkrachten'. Aangifte bedreiging.", "online"),
    ("geslacht", "Aangifte: aangeefster werd bij de garage voor haar APK een bedrag van 350 euro gevraagd. Haar broer kreeg een uur later voor dezelfde auto een offerte van 180 euro. Monteur zei 'vrouwen snappen er toch niks van'.", "dienstverlening"),
    ("geslacht", "Mutatie: mld. is agent en wordt door een collega structureel 'het meisje' genoemd. Bij een aanhouding zei hij tegen de verdachte 'zij mag je niet fouilleren, ze is maar een vrouw'.", "politie"),
    ("geslacht", "Melding: man riep vanaf zijn scooter naar een groep meiden 'vrouwen zijn alleen goed om te neuken, de rest is overbodig' en spuugde naar een van hen. Kenteken genoteerd.", "bedreiging"),
    ("geslacht", "Aangifte: aangever (man) wilde als kraamverzorgende aan de slag bij een bureau. Hij kreeg te horen 'mannen nemen wij niet aan, moeders willen geen vent aan het bed'. Hij heeft alle diploma's.", "werk"),
    ("geslacht", "Mld. vertelt dat de leraar techniek de meisjes in de klas apart zet en zegt 'jullie snappen dit toch niet, ga maar wat tekenen'. Alleen de jongens mogen de machines gebruiken.", "school"),
]

# ---------------------------------------------------------------- leeftijd
ROWS += [
    ("leeftijd", "Aangifte: aangever (61) solliciteerde bij een logistiek bedrijf. In de afwijzingsmail stond 'we zoeken iemand die past in een jong en dynamisch team, op uw leeftijd is dat lastig'.", "werk"),
    ("leeftijd", "Mutatie: oudere vrouw werd bij de bank in Venlo niet geholpen aan de balie. Medewerker zei 'ouwe mensen zoals u moeten het maar via de app doen, ik heb geen tijd voor bejaarden'.", "dienstverlening"),
    ("leeftijd", "Melding: buurjongens roepen al weken 'ouwe taart, ga dood' en 'sterf toch eens' naar mld. (84) als ze met haar rollator naar buiten gaat. Ze durft niet meer naar de winkel.", "buren"),
    ("leeftijd", "Aangifte: verhuurder weigerde aangeefster (72) als huurder: 'we verhuren niet aan ouderen, die gaan hier toch dood en dan zit ik met de rommel'. De woning is gelijkvloers.", "woning"),
    ("leeftijd", "Mld. (67) werd bij een sportschool geweigerd als lid. 'Dit is een jongerenclub, voor mensen van uw leeftijd hebben we niks,' zei de eigenaar. Er staat geen leeftijdsgrens op de website.", "sport"),
    ("leeftijd", "Melding: op een Facebookpagina van de wijk schreef iemand over de bewoners van het nieuwe seniorencomplex 'die boomers kunnen beter euthanasie nemen, ze kosten ons alleen maar geld'. Beheerder heeft het verwijderd.", "online"),
]

# ---------------------------------------------------------------- overig
ROWS += [
    ("overig", "Aangifte: aangever woont in een woonwagen op het kamp aan de Zandweg. Bij de bouwmarkt werd hij niet geholpen. Medewerker zei 'woonwagenbewoners krijgen hier geen krediet, jullie betalen toch niet'.", "winkel"),
    ("overig", "Mutatie: dakloze man werd in de stationshal door twee jongens geschopt terwijl ze riepen 'zwerver, je bent niks waard, ruim jezelf op'. Camerabeelden NS opgevraagd.", "geweld"),
    ("overig", "Melding: mld. is gemeenteraadslid voor een kleine partij. Op zijn deur is gespoten 'linkse rat, we weten waar je woont'. Eerder kreeg hij al dreigmails over zijn politieke standpunten.", "bedreiging"),
    ("overig", "Mld. is alleenstaande moeder en werd bij de bezichtiging van een huurwoning afgewezen: 'we verhuren liever niet aan gescheiden vrouwen met kinderen, dat geeft altijd problemen met betalen'.", "woning"),
    ("overig", "Aangifte: bij de horecazaak in Oss werd aangever met zijn familie geweigerd. Portier zei 'woonwagenvolk komt er niet in, dat is de regel'. Ze waren netjes gekleed en nuchter.", "horeca"),
    ("overig", "Screenshot: in een WhatsAppgroep van buurtbewoners wordt een foto van een daklozenopvang gedeeld met 'dit uitschot moet weg, wie gaat mee vanavond met een jerrycan'. Mld. is medewerker van de opvang.", "online"),
    ("overig", "Mutatie: mld. werkt bij een bedrijf en kreeg van zijn leidinggevende te horen dat hij geen promotie kreeg 'omdat je bij de vakbond zit en bij de SP, en zulke mensen willen we niet in het management'.", "werk"),
]

# ---------------------------------------------------------------- combinaties
ROWS += [
    ("seksuele_gerichtheid,herkomst", "Aangifte: aangever, homo en van Marokkaanse afkomst, werd in de Bijlmer door een groep mannen 'kankerhomo, schande voor je volk' genoemd en geslagen. Ze zeiden dat ze het aan zijn familie gingen vertellen.", "geweld"),
    ("geslacht,herkomst", "Mld. werd bij een uitzendbureau afgewezen. Volgens de intercedent 'wil de klant geen vrouwen en al helemaal geen Turkse vrouwen, die worden toch zwanger'.", "werk"),
    ("handicap,leeftijd", "Melding: in het verpleeghuis zou een nachtmedewerker een dementerende bewoner in een rolstoel 'ouwe zeurende kreupele' noemen en haar bel buiten bereik leggen. Collega deed melding.", "zorg"),
    ("genderidentiteit,seksuele_gerichtheid", "Mutatie: op de ruit van het LHBTI-jongerencentrum is 'trans en homo = pedo' gespoten. Beheerder maakt zich zorgen om de veiligheid van de jongeren.", "graffiti"),
    ("godsdienst,geslacht", "Aangifte: aangeefster werd bij de ingang van het gemeentehuis door een beveiliger tegengehouden met de woorden 'vrouwen met zo'n doek kunnen thuisblijven, jullie mannen laten jullie toch niet werken'.", "dienstverlening"),
    ("herkomst", "Mld. belde in over een advertentie voor een bijbaan in de horeca. Toen hij zijn naam Mohammed noemde zei de eigenaar 'oh, die plek is net weg'. Een vriend die een kwartier later belde als Jeroen werd uitgenodigd.", "horeca"),
    ("herkomst", "Melding van een vader: zijn dochter (9) werd op de BSO door een ander kind 'poepchinees' genoemd, en de medewerkster zei daarop 'nou, dat ben je toch ook, stel je niet aan'.", "school"),
    ("herkomst", "Aangifte: een deelscooter-monteur van Surinaamse komaf werd in de wijk door een bewoner aangesproken als 'hé slaaf, maak mijn scooter ook even'. Toen hij weigerde werd hij met een stok bedreigd.", "bedreiging"),
]

# ================================================================ neutraal
# ---------------------------------------------------------------- beschrijving
ROWS += [
    ("-", "Melding via 112: aanrijding tussen een deelscooter en een bestelbus t.h.v. de moskee aan de Columbusstraat. Bestuurder scooter (m, 19) licht gewond aan knie. Bestuurder bus, Poolse nationaliteit, blies 0 op.", "neutraal-beschrijving"),
    ("-", "Mutatie: bij de synagoge aan de Heinzestraat werd een fiets tegen het hek achtergelaten met een kapot slot. Beveiliging vroeg ons om te kijken. Fiets bleek gestolen uit Diemen, eigenaar ingelicht.", "neutraal-beschrijving"),
    ("-", "Signalement vdt.: man, ca. 30 jr, donkere huidskleur, kort kroeshaar, zwart trainingspak van Nike, witte sneakers. Sprak Nederlands met Rotterdams accent. Vluchtte te voet richting Beurs.", "neutraal-beschrijving"),
    ("-", "Aangifte inbraak: onbekenden zijn via het keukenraam binnengekomen in de woning van aangever (Turkse afkomst, 58). Weggenomen: sieraden, een laptop en contant geld. Buurvrouw hoorde rond 03.00 uur glasgerinkel.", "neutraal-beschrijving"),
    ("-", "Mld. belt over geluidsoverlast uit de woning boven haar; er wordt een feest gevierd met harde Arabische muziek tot 02.00 uur. Eenheid ter plaatse, bewoners zetten de muziek zachter. Afgedaan met waarschuwing.", "neutraal-beschrijving"),
    ("-", "Mutatie: tijdens de Pride Walk door de Regenboogstraat is een vrouw (67) onwel geworden door de hitte. Ambulance ter plaatse, vrouw meegenomen naar het ziekenhuis ter controle.", "neutraal-beschrijving"),
    ("-", "Verkeersongeval op de N201: bestuurder (m, 82) raakte de vangrail. Geen letsel. Rijbewijs niet ingevorderd, CBR-melding i.v.m. rijgeschiktheid gedaan.", "neutraal-beschrijving"),
    ("-", "Mld. is doof en kwam met een gebarentolk aan de balie om aangifte te doen van fraude met haar DigiD. Aangifte opgenomen via tolk, duurde 40 minuten.", "neutraal-beschrijving"),
    ("-", "Mutatie: op de parkeerplaats van het AZC in Ter Apel twee auto's met elkaar in botsing gekomen. Alleen blikschade. Een van de bestuurders is medewerker van het COA. Schadeformulier ingevuld.", "neutraal-beschrijving"),
    ("-", "Aangifte zakkenrollerij op de markt: aangeefster, een Oekraïense vrouw die sinds 2022 in Nederland woont, miste na het afrekenen haar portemonnee. Tolk Oekraïens via telefoon ingezet.", "neutraal-beschrijving"),
    ("-", "Melding: een man in een rolstoel staat al een uur bij de bushalte omdat de oprijplaat van de bus kapot is. Vervoersbedrijf gebeld, aangepaste taxi geregeld.", "neutraal-beschrijving"),
    ("-", "Vdt. is een 17-jarige jongen van Eritrese komaf, verdacht van winkeldiefstal bij de Kruidvat (twee deodorantbussen). Ouders gebeld, Halt-verwijzing.", "neutraal-beschrijving"),
    ("-", "Mutatie: in de kerk aan de Dorpsstraat is tijdens de mis een oudere man onwel geworden. AED ingezet door koster. Man is gereanimeerd en met de ambulance afgevoerd.", "neutraal-beschrijving"),
    ("-", "Mld. (trans vrouw, 34) doet aangifte van oplichting via Marktplaats. Zij betaalde 450 euro voor een PlayStation die nooit werd geleverd. IBAN van de verkoper genoteerd.", "neutraal-beschrijving"),
    ("-", "Melding 112: brandje in een afvalcontainer achter het Chinees-Indisch restaurant aan de Hoofdweg. Brandweer ter plaatse, snel geblust. Geen verdachten in beeld, mogelijk sigaret.", "neutraal-beschrijving"),
    ("-", "Aangifte: aangever (Marokkaanse achtergrond) is met zijn auto aangereden door een bestuurder die doorreed. Kenteken door getuige genoteerd. Schade aan het linkerachterspatbord.", "neutraal-beschrijving"),
    ("-", "Mutatie: twee homoseksuele mannen meldden dat hun kat al drie dagen vermist is in de wijk Lombok. Foto doorgestuurd naar de dierenambulance en Amivedi.", "neutraal-beschrijving"),
    ("-", "Signalement: vrouw, ca. 45 jr, draagt een hoofddoek (lichtblauw), lange zwarte jas, ca. 1.60 m. Verdacht van het achterlaten van een kind in een auto op de parkeerplaats van de Ikea. Kind in goede gezondheid.", "neutraal-beschrijving"),
    ("-", "Mld. belde namens haar vader (91, dementie) die vanmorgen niet teruggekeerd is van zijn wandeling. Vermissing uitgezet, man aangetroffen in het park bij de vijver, ongedeerd.", "neutraal-beschrijving"),
    ("-", "Mutatie: een groep Roma-muzikanten speelde zonder vergunning op het Vredenburg. Na aanspreken hebben ze hun spullen gepakt en zijn naar de Oudegracht gelopen, waar het wel mag.", "neutraal-beschrijving"),
    ("-", "Aangifte vernieling: bij het Joodse bejaardenhuis is de slagboom van de parkeerplaats kapotgereden door een bestelbus die achteruit reed. Bestuurder meldde zich zelf. Geen opzet.", "neutraal-beschrijving"),
    ("-", "Vdt. (m, 23, Syrische nationaliteit) is aangehouden na een verkeerscontrole op de A12: rijden zonder geldig rijbewijs. PV opgemaakt, auto weggesleept.", "neutraal-beschrijving"),
    ("-", "Melding: jongen met autisme (15) is op de fiets weggelopen van school na een ruzie met zijn mentor. Moeder gebeld, jongen thuis aangetroffen. Geen verdere actie.", "neutraal-beschrijving"),
    ("-", "Mutatie: in het gebedshuis van de Hindoestaanse gemeenschap werd na een feest een tas met collectegeld gemist. Later teruggevonden in de keuken achter een koelkast. Geen strafbaar feit.", "neutraal-beschrijving"),
    ("-", "Mld. is een Somalische vrouw die haar huissleutel kwijt is en met haar drie kinderen buiten staat. Woningcorporatie gebeld voor een noodslot.", "neutraal-beschrijving"),
    ("-", "Aangifte diefstal: uit de kleedkamer van de vrouwenvoetbal van VV De Zwaluwen zijn drie telefoons en een pinpas weggenomen. Deur was niet op slot. Geen verdachten.", "neutraal-beschrijving"),
    ("-", "Mutatie: tijdens het Keti Koti-festival in het Oosterpark een vechtpartij tussen twee broers over een parkeerplek. Beiden weggestuurd. Geen aangifte.", "neutraal-beschrijving"),
    ("-", "Melding: een blinde man met geleidehond is bij de Hema gevallen over een uitgestalde kar. Lichte schaafwond, EHBO door personeel. Man wilde geen ambulance.", "neutraal-beschrijving"),
    ("-", "Signalement twee vdt.: beiden m, lichte huidskleur, blond, ca. 20 jr, spraken Engels met een Oost-Europees accent, droegen zwarte jassen van The North Face. Vluchtten in een grijze Golf.", "neutraal-beschrijving"),
    ("-", "Mutatie: bij de controle van een Bulgaarse vrachtwagen op de A67 bleek de chauffeur zijn rusttijden overschreden te hebben. Boete opgelegd, chauffeur moest 9 uur stilstaan.", "neutraal-beschrijving"),
    ("-", "Aangifte: aangeefster (lesbisch stel, getrouwd) meldt dat haar auto op de oprit is opengebroken. Er zijn een navigatiesysteem en een kinderzitje weggenomen. Meerdere auto's in de straat getroffen.", "neutraal-beschrijving"),
    ("-", "Melding: een bejaarde Molukse man (88) is in de bus gevallen bij het afremmen. Chauffeur stopte direct. Ambulance gebeld, vermoedelijk gekneusde heup.", "neutraal-beschrijving"),
    ("-", "Mutatie: moskee aan de Hoogstraat meldt dat tijdens het vrijdaggebed de straat vol geparkeerd staat en de bus niet door kan. Handhaving gevraagd om verkeersregelaars te regelen voor volgende week.", "neutraal-beschrijving"),
    ("-", "Vdt. (v, 41, Nederlandse en Marokkaanse nationaliteit) verdacht van het rijden onder invloed. Blaastest 390 ug/l. Rijbewijs ingevorderd.", "neutraal-beschrijving"),
    ("-", "Melding: op het Regenboogplein werd een scooterrijder aangehouden die met 60 km/u over het voetpad reed. Bon uitgeschreven, scooter niet in beslag genomen.", "neutraal-beschrijving"),
    ("-", "Mld. is een Turkse ondernemer die belt over jongeren die elke avond op zijn terras hangen en lachgas gebruiken. Wijkagent gaat langs. Hotspot toegevoegd.", "neutraal-beschrijving"),
    ("-", "Aangifte: aangever (34, chinese afkomst, eigenaar van een afhaalrestaurant) meldt valse 50-eurobiljetten in de kassa na een drukke vrijdagavond. Biljetten in beslag genomen.", "neutraal-beschrijving"),
    ("-", "Mutatie: een groep Ghanese kerkgangers vroeg om verkeersbegeleiding bij een grote begrafenis in Zuidoost. Twee motoragenten ingezet. Verliep zonder bijzonderheden.", "neutraal-beschrijving"),
    ("-", "Melding: een man met een verstandelijke beperking uit de woonvoorziening is met de verkeerde bus meegereden en staat in Zwolle. Begeleider komt hem ophalen.", "neutraal-beschrijving"),
    ("-", "Aangifte: vdt. (jongen, 16, draagt keppeltje volgens getuige) zou een fiets hebben meegenomen bij het station. Bleek zijn eigen fiets te zijn met een ander slot; bonnetje getoond. Zaak gesloten.", "neutraal-beschrijving"),
    ("-", "Mutatie: Poolse arbeidsmigranten in het logiesgebouw aan de Industrieweg klagen over een kapotte verwarming. Verwezen naar de gemeente en de werkgever; geen politietaak.", "neutraal-beschrijving"),
    ("-", "Melding 112: vrouw in boerka valt flauw op het perron. Ambulance en NS-personeel ter plaatse, vrouw herstelde na het drinken van water. Verder geen bijzonderheden.", "neutraal-beschrijving"),
    ("-", "Vdt. (m, 72, gepensioneerd leraar) is betrapt op het stelen van vijf flessen wijn bij de Gall & Gall. Bekende direct. Transactie aangeboden.", "neutraal-beschrijving"),
    ("-", "Mutatie: aangifte van verduistering door een Afghaanse taxichauffeur; zijn baas zou zijn loon van drie maanden niet hebben uitbetaald. Verwezen naar de arbeidsinspectie en civiele route.", "neutraal-beschrijving"),
    ("-", "Mld. (dove jongen, 20) had via WhatsApp melding gedaan van een man die aan autodeuren trok in de straat. Eenheid ter plaatse, man aangehouden met gereedschap op zak.", "neutraal-beschrijving"),
    ("-", "Melding: bij het islamitisch centrum is tijdens de iftar een brandalarm afgegaan door aangebrande rijst. Brandweer kwam controleren, geen schade.", "neutraal-beschrijving"),
    ("-", "Mutatie: de Surinaamse toko aan de Kleiweg had een stroomstoring waardoor de alarminstallatie steeds afging. Eigenaar ter plaatse gekomen, alarm uitgezet.", "neutraal-beschrijving"),
    ("-", "Aangifte: een zwarte Mercedes met Belgisch kenteken is weggenomen van de parkeerplaats bij het Van der Valk hotel. Eigenaar is een Vlaamse zakenman, heeft de reservesleutel nog.", "neutraal-beschrijving"),
    ("-", "Melding: kerkbestuur van de Protestantse gemeente vraagt om extra surveillance tijdens de kerstnachtdienst i.v.m. drukte en fietsendiefstal vorig jaar. Toegezegd.", "neutraal-beschrijving"),
    ("-", "Mutatie: een jonge vrouw (19) met het syndroom van Down heeft haar ov-chipkaart verloren in de trein. Doorverwezen naar de NS. Begeleidster haalde haar op van het bureau.", "neutraal-beschrijving"),
    ("-", "Vdt. zou een Vietnamese nagelstudio hebben gebruikt als dekmantel voor mensenhandel. Onderzoek door team Mensenhandel; deze mutatie is een doorverwijzing vanuit de wijk.", "neutraal-beschrijving"),
    ("-", "Melding via app: tijdens de Roze Zaterdag staat de hele binnenstad vol en worden fietsen op de brug gezet. Handhaving ingeschakeld om de fietsen te verplaatsen.", "neutraal-beschrijving"),
]

# ---------------------------------------------------------------- slachtoffer
ROWS += [
    ("-", "Aangifte straatroof: aangever (Syrische statushouder, 24) werd op de Hoogstraat door twee jongens met een mes bedreigd. Ze namen zijn telefoon en 60 euro. Daders zeiden niets over zijn afkomst; ze vroegen alleen om geld.", "neutraal-slachtoffer"),
    ("-", "Mutatie: in de woning van een rolstoelgebruiker (52) is ingebroken tijdens zijn ziekenhuisopname. Weggenomen: tv, sieraden. Meerdere woningen in het complex getroffen die week.", "neutraal-slachtoffer"),
    ("-", "Aangifte oplichting: aangeefster (79) werd gebeld door een 'bankmedewerker' en heeft haar pinpas afgegeven aan een koerier. Schade 4.200 euro. Bekende babbeltruc, zaak naar team Fraude.", "neutraal-slachtoffer"),
    ("-", "Melding: de rabbijn van de Joodse gemeente meldt dat zijn fiets gestolen is bij het station. Het slot is doorgeknipt. In dezelfde stalling zijn die dag zes fietsen gestolen.", "neutraal-slachtoffer"),
    ("-", "Aangifte: aangever (homo, 38) is via een datingapp opgelicht voor 1.800 euro door iemand die zich voordeed als militair in het buitenland. Geen bedreiging, puur geldfraude. Romance scam.", "neutraal-slachtoffer"),
    ("-", "Mutatie: een Poolse vrachtwagenchauffeur werd op de parkeerplaats langs de A2 bestolen van zijn diesel; de tank was opengeboord. Er stonden meer vrachtwagens die ook getroffen waren.", "neutraal-slachtoffer"),
    ("-", "Aangifte: bij de moskee aan de Kanaalweg is 's nachts ingebroken via een achterdeur. Weggenomen: een geluidsinstallatie en de inhoud van een collectebus. Ook bij de naastgelegen sportschool werd ingebroken.", "neutraal-slachtoffer"),
    ("-", "Melding: bezorger (flitsbezorger, Indiase nationaliteit) is van zijn e-bike getrokken in een poging de fiets te stelen. Daders (2) vluchtten toen omstanders ingrepen. Geen opmerkingen over afkomst gehoord.", "neutraal-slachtoffer"),
    ("-", "Aangifte: aangeefster, draagt hoofddoek, werd op de markt bestolen van haar tas. Zakkenroller werkte samen met een tweede persoon die haar afleidde met een vraag. Zelfde werkwijze als drie andere aangiftes deze week.", "neutraal-slachtoffer"),
    ("-", "Mutatie: een bewoner (dementie) van het zorgcentrum De Linde mist een gouden ring. Verdenking tegen niemand; ring later teruggevonden in de wasserij.", "neutraal-slachtoffer"),
    ("-", "Aangifte mishandeling: aangever (Surinaamse man, 45) kreeg een klap van een andere klant in de rij bij de bakker na een discussie over wie eerst was. Geen opmerkingen over afkomst volgens aangever en getuigen.", "neutraal-slachtoffer"),
    ("-", "Melding: trans vrouw meldt dat haar autoruit is ingeslagen en haar laptoptas is gestolen uit de auto. Meer auto's in de straat beschadigd. Geen aanwijzing dat het tegen haar persoonlijk gericht was.", "neutraal-slachtoffer"),
    ("-", "Aangifte: de Chinese eigenaar van de supermarkt is beroofd bij het sluiten van de zaak. Twee daders met bivakmuts eisten de dagomzet. Geen letsel. Tactische sporen veiliggesteld.", "neutraal-slachtoffer"),
    ("-", "Mutatie: een jongen met een verstandelijke beperking werd via Marktplaats opgelicht: hij betaalde 200 euro voor een telefoon die niet kwam. Verkoper heeft meer slachtoffers gemaakt, zaak gekoppeld.", "neutraal-slachtoffer"),
    ("-", "Aangifte: aangever (Eritrees, 31) is zijn fiets kwijt. Hij had hem bij het AZC gezet en 's ochtends was hij weg. Sloten van meer fietsen doorgeknipt.", "neutraal-slachtoffer"),
    ("-", "Melding: oudere vrouw (86) in een rolstoel viel slachtoffer van een tasjesdief bij de ingang van de Jumbo. Dader op een fatbike. Signalement: m, ca. 18, donkere kleding.", "neutraal-slachtoffer"),
    ("-", "Aangifte: de pastoor van de Sint-Jan meldt dat er koperen dakgoten van de kerk zijn gestolen. Ook bij de begraafplaats en een boerderij in de buurt is koper weggenomen.", "neutraal-slachtoffer"),
    ("-", "Mutatie: bij het lesbische stel aan de Lindelaan is een pakketje van de stoep gestolen. Ring-deurbel toont een man in een hesje die meerdere pakketjes in de straat meenam.", "neutraal-slachtoffer"),
    ("-", "Aangifte: aangever (Turkse kapper) werd gebeld door iemand die zich voordeed als medewerker van de Belastingdienst en eiste een betaling. Phishing. Geen schade, nummer geblokkeerd.", "neutraal-slachtoffer"),
    ("-", "Melding: een blinde vrouw meldt dat iemand haar pinpas heeft afgepakt bij de geldautomaat nadat hij over haar schouder meekeek. Er is 500 euro afgeschreven. Beelden van de bank opgevraagd.", "neutraal-slachtoffer"),
    ("-", "Aangifte: een Marokkaanse jongen (17) is na het uitgaan in Den Bosch mishandeld door een andere jongen die zijn jas wilde hebben. Slachtoffer en dader kennen elkaar van school; ruzie ging over een geleende jas.", "neutraal-slachtoffer"),
    ("-", "Mutatie: bij de Koptische kerk is een gebrandschilderd raam kapot. Na onderzoek bleek een bal van spelende kinderen op het naastgelegen grasveld de oorzaak. Ouders betalen de schade.", "neutraal-slachtoffer"),
    ("-", "Aangifte: aangeefster (68, slechtziend) is opgelicht door een klusjesman die 1.500 euro vooraf vroeg voor dakwerk en nooit terugkwam. Meer oudere slachtoffers in de gemeente bekend.", "neutraal-slachtoffer"),
    ("-", "Melding: de Indonesische vereniging meldt dat hun verenigingsgebouw is beklad met tags van een bekende graffitiploeg ('KRS', 'MOB24'). Dezelfde tags staan op het viaduct en het busstation.", "neutraal-slachtoffer"),
    ("-", "Aangifte: bij een Antilliaanse familie is tijdens de vakantie ingebroken. Buren zagen een busje. De woning was het vierde adres in de wijk dat zo werd getroffen.", "neutraal-slachtoffer"),
    ("-", "Mutatie: een homostel werd in de trein bestolen terwijl ze sliepen. Rugtas met laptop weg. Conducteur zag een man uitstappen in Utrecht. Geen verdere aanwijzingen.", "neutraal-slachtoffer"),
    ("-", "Aangifte: aangever (Oekraïense vluchteling) is via een nep-verhuursite voor 1.100 euro borg opgelicht. Dezelfde advertentie werd aan tientallen mensen gestuurd, ook aan Nederlanders.", "neutraal-slachtoffer"),
    ("-", "Melding: een hoogbejaarde Joodse man meldt dat zijn portemonnee uit zijn jaszak is gerold in de tram. Later afgegeven bij het GVB-bureau door een eerlijke vinder.", "neutraal-slachtoffer"),
    ("-", "Aangifte: de Ghanese eigenaar van de belwinkel werd met een nepvuurwapen beroofd. Daders vroegen om de kassa en telefoons. Geen andere woorden gesproken.", "neutraal-slachtoffer"),
    ("-", "Mutatie: doof meisje (14) werd op de fiets aangereden door een auto die de bocht afsneed. Bestuurder stopte en belde zelf 112. Meisje licht gewond.", "neutraal-slachtoffer"),
    ("-", "Aangifte: een vrouw met nikab is bij de bushalte haar telefoon afgepakt door een jongen op een scooter. Bij dezelfde halte is vorige week een man op dezelfde manier beroofd.", "neutraal-slachtoffer"),
    ("-", "Melding: een 93-jarige bewoner van de aanleunwoning is opgelicht door iemand die zich als kleinzoon voordeed via WhatsApp ('hoi pap, nieuw nummer'). 2.300 euro overgemaakt.", "neutraal-slachtoffer"),
]

# ---------------------------------------------------------------- ruzie
ROWS += [
    ("-", "Melding via 112: ruzie tussen twee buren over een overhangende heg. Man riep 'kankerlijer, blijf van mijn tuin af' en de buurman riep 'klootzak' terug. Beide partijen gescheiden, geen letsel.", "neutraal-ruzie"),
    ("-", "Mutatie: in de sportkantine ontstond een woordenwisseling tussen twee vaders na een wedstrijd O11. 'Eikel', 'lul' en 'sukkel' over en weer. Voorzitter heeft beiden naar huis gestuurd.", "neutraal-ruzie"),
    ("-", "Aangifte belediging: een klant noemde de kassière van de Lidl een 'domme trut' omdat ze zijn kortingsbon niet accepteerde. Bedrijfsleider verwijderde hem. Aangeefster wil dat het wordt vastgelegd.", "neutraal-ruzie"),
    ("-", "Melding: twee deelscooterrijders kregen ruzie over een scooter die beiden hadden gereserveerd. 'Mongool, dit is mijn scooter' – 'rot op, kut'. Na bemiddeling is de ene met de bus gegaan.", "neutraal-ruzie"),
    ("-", "Mutatie: automobilist schreeuwde 'tyfuslijer, kun je niet rijden' naar een fietser die door rood reed. Fietser sloeg op de motorkap. Beiden aangesproken, fietser bekeurd.", "neutraal-ruzie"),
    ("-", "Aangifte: aangever werd door zijn ex via WhatsApp uitgescholden voor 'loser', 'waardeloze vader' en 'kankerhond'. Het gaat over de omgangsregeling. Verwezen naar advocaat; belediging geregistreerd.", "neutraal-ruzie"),
    ("-", "Melding: op de parkeerplaats van de Gamma kregen twee mannen ruzie om een parkeerplek. Een van hen riep 'ga toch fietsen, vette pad'. Geen fysiek geweld.", "neutraal-ruzie"),
    ("-", "Mutatie: bij de flitsbezorger klaagde een klant dat hij de verkeerde boodschappen kreeg en noemde de bezorger een 'sukkel' en 'prutser'. Bezorger is weggefietst. Klant belde de politie om een klacht.", "neutraal-ruzie"),
    ("-", "Aangifte bedreiging: buurman dreigde tijdens een ruzie over een lekkende wasmachine 'ik sla je kop eraf als er nog één druppel door mijn plafond komt'. Geen discriminerende opmerkingen.", "neutraal-ruzie"),
    ("-", "Melding via app: in een WhatsAppgroep van de voetbalouders is een ruzie ontstaan over de opstelling. Een vader noemde de trainer 'een complete idioot' en 'kanker-amateur'. Trainer wil melding vastleggen.", "neutraal-ruzie"),
    ("-", "Mutatie: twee vrouwen kregen in de rij bij de apotheek ruzie over voordringen. 'Heks' en 'bitch' werden geroepen. Apotheker belde de politie, bij aankomst was de ruzie al gesust.", "neutraal-ruzie"),
    ("-", "Aangifte: aangever werd op het terras door een dronken man uitgescholden voor 'dikke vetzak' omdat hij tegen zijn stoel stootte. Man had eerder al andere gasten lastiggevallen.", "neutraal-ruzie"),
    ("-", "Melding: in de tram ruzie tussen een passagier en de conducteur over een boete. Passagier riep 'jullie zijn allemaal corrupte oplichters bij het GVB'. Passagier uitgezet.", "neutraal-ruzie"),
    ("-", "Mutatie: bij de afvalbrengplaats kreeg een bewoner ruzie met een medewerker over het afval dat niet geaccepteerd werd. 'Stomme ambtenaar, jij bent een nietsnut'. Bewoner weggestuurd.", "neutraal-ruzie"),
    ("-", "Aangifte: twee scholieren (15) hadden ruzie over een meisje. In de Snapchat schreven ze elkaar 'ik maak je dood, loser' en 'kom dan, watje'. Ouders en school ingelicht.", "neutraal-ruzie"),
    ("-", "Melding: een Marokkaanse en een Nederlandse buurman kregen ruzie over geluidsoverlast van een boormachine op zondag. Er werd 'idioot' en 'egoïst' over en weer geroepen. Over afkomst werd niets gezegd.", "neutraal-ruzie"),
    ("-", "Mutatie: op het padelcourt ruzie tussen twee koppels over de baantijd. Een man riep 'opzouten, achterlijke kakker'. Beheerder heeft de baanreservering gecontroleerd: de anderen hadden gelijk.", "neutraal-ruzie"),
    ("-", "Aangifte: aangeefster werd door haar buurvrouw uitgescholden voor 'vieze slons' en 'hoer' na een ruzie over de vuilniszakken in het portiek. Buurtbemiddeling voorgesteld.", "neutraal-ruzie"),
    ("-", "Melding via 112: ruzie in de snackbar tussen eigenaar en klant over een verkeerde bestelling. Klant riep 'vuile afzetter, kankerzaak'. Klant vertrokken, geen schade.", "neutraal-ruzie"),
    ("-", "Mutatie: twee oude mannen in het zorgcentrum hadden ruzie tijdens het biljarten en noemden elkaar 'ouwe zak' en 'valsspeler'. Verzorging heeft ze uit elkaar gehaald. Afgedaan ter plaatse.", "neutraal-ruzie"),
    ("-", "Aangifte: aangever werd door een taxichauffeur uitgescholden voor 'zuiplap' en 'nietsnut' omdat hij in de taxi had overgegeven. Ruzie over schoonmaakkosten van 150 euro.", "neutraal-ruzie"),
    ("-", "Melding: tijdens het darttoernooi in café De Klok beschuldigde een speler zijn tegenstander van vals spel. 'Lul', 'sukkelaar' en 'kneus' werden geroepen. Geen geweld, beiden gaan door met spelen.", "neutraal-ruzie"),
    ("-", "Mutatie: in de Vlaamse grensstreek twee boeren in ruzie over een sloot. 'Gij zijt ne zot en ne smeerlap' werd geroepen. Belgische collega's ingelicht, perceel ligt op Nederlands grondgebied.", "neutraal-ruzie"),
    ("-", "Aangifte: een bouwvakker noemde een verkeersregelaar 'sukkel in een hesje' en reed hem bijna aan. Regelaar deed aangifte van bedreiging met een voertuig.", "neutraal-ruzie"),
    ("-", "Melding: jongeren op het skatepark scholden elkaar uit met 'bro jij bent zo'n mongool' en 'je moeder'. Omwonenden belden om de herrie. Groep weggestuurd.", "neutraal-ruzie"),
    ("-", "Mutatie: ruzie op Marktplaats tussen koper en verkoper van een bank. Koper schreef 'oplichter, je bent een kankerlijer, ik kom je opzoeken'. Verkoper doet aangifte van bedreiging.", "neutraal-ruzie"),
    ("-", "Aangifte: aangeefster werd door een collega uitgescholden voor 'lui kreng' nadat ze een dienst had geruild zonder te overleggen. Het conflict gaat al weken over het rooster.", "neutraal-ruzie"),
    ("-", "Melding: bij de drive-in van de McDonald's ontstond ruzie tussen twee automobilisten. 'Ga terug naar je rijschool, prutser' werd geroepen. Geen schade, beiden reden door.", "neutraal-ruzie"),
    ("-", "Mutatie: in de trein Amsterdam-Den Haag ruzie tussen twee reizigers over een stoel met een tas. 'Arrogante kwast' tegen 'bemoeial'. Conducteur greep in.", "neutraal-ruzie"),
    ("-", "Aangifte: buurjongen noemde aangever 'boomer' en 'ouwe zeikerd' toen die hem vroeg zijn muziek zachter te zetten. Daarna werd er een ei tegen de ruit gegooid. Het ging om de muziek, niet om zijn leeftijd, aldus aangever.", "neutraal-ruzie"),
    ("-", "Melding: twee vrouwen kregen ruzie op het schoolplein over een kinderfeestje. 'Jij bent een nepmoeder' en 'trut'. Directeur heeft beide ouders op gesprek gevraagd.", "neutraal-ruzie"),
    ("-", "Mutatie: een man scheldt de parkeerwachter uit: 'jij bent echt de grootste aasgier van de stad, ga een echte baan zoeken'. Parkeerwachter heeft bodycam aangezet. Waarschuwing gegeven.", "neutraal-ruzie"),
]

# ---------------------------------------------------------------- ontkenning
ROWS += [
    ("-", "Mutatie: mld. dacht dat hij bij de club werd geweigerd vanwege zijn afkomst. Na navraag bleek dat de portier iedereen weigerde die sportschoenen droeg; zijn vrienden met sneakers werden ook niet binnengelaten. Geen discriminatie vastgesteld.", "neutraal-ontkenning"),
    ("-", "Melding: bewoonster meldde dat de graffiti op haar garagedeur een antisemitisch symbool was. Bij nader onderzoek bleek het de tag van een bekende graffitispuiter ('ZX'), die in de hele wijk voorkomt. Geen discriminatoir motief.", "neutraal-ontkenning"),
    ("-", "Aangifte ingetrokken: aangever dacht dat zijn buurman hem 'aap' had genoemd. Op de deurbelbeelden is te horen dat de buurman 'Ap!' riep, de naam van zijn hond. Partijen hebben het bijgelegd.", "neutraal-ontkenning"),
    ("-", "Mutatie: klacht over etnisch profileren bij een verkeerscontrole onderzocht. Bodycambeelden tonen dat de auto werd gestopt vanwege een kapot achterlicht en dat dit direct werd benoemd. Klacht ongegrond verklaard.", "neutraal-ontkenning"),
    ("-", "Melding: mld. meldde dat haar zoon niet werd toegelaten tot de voetbalclub vanwege zijn handicap. De club heeft een wachtlijst van 80 kinderen en haar zoon staat erop op volgorde van aanmelding. Geen aanwijzingen voor discriminatie.", "neutraal-ontkenning"),
    ("-", "Mutatie: de verhuurder zou een huurder met een Turkse naam hebben geweigerd. Uit de mails blijkt dat de woning al aan een ander was toegezegd voordat mld. reageerde. Mld. is dit uitgelegd en was tevreden.", "neutraal-ontkenning"),
    ("-", "Aangifte: aangeefster voelde zich gediscrimineerd omdat de caissière haar niet groette. Caissière verklaart dat ze een oortje in had en de klant niet had opgemerkt. Aangeefster ziet af van aangifte.", "neutraal-ontkenning"),
    ("-", "Melding: op een muur bij het station stond 'NSB'. Melder dacht aan een verwijzing naar de oorlog. Het blijkt een reclame-uiting van een lokale muziekband met dezelfde afkorting. Geen strafbaar feit.", "neutraal-ontkenning"),
    ("-", "Mutatie: in het zorgcentrum meldde een familielid dat een verzorgende haar moeder 'ouwe' zou hebben genoemd. Na gesprek bleek de verzorgende 'oud-Hollands' te hebben gezegd over de muziek. Familie is gerustgesteld.", "neutraal-ontkenning"),
    ("-", "Melding: mld. dacht dat de beveiliger van de supermarkt hem volgde vanwege zijn huidskleur. Beelden tonen dat de beveiliger alle klanten in de gang met elektronica langsloopt. Mld. is dit uitgelegd.", "neutraal-ontkenning"),
    ("-", "Aangifte: de moskee meldde een brandje bij de voordeur. Na onderzoek door de brandweer bleek het kortsluiting in de buitenverlichting. Geen aanwijzingen voor brandstichting of discriminatie.", "neutraal-ontkenning"),
    ("-", "Mutatie: melding over een 'hakenkruis' in het gras van het sportpark. Bij controle bleek het een patroon van de beregeningsinstallatie en maaisporen. Foto's gemaakt, geen strafbaar feit.", "neutraal-ontkenning"),
    ("-", "Melding: een homostel voelde zich bekeken en uitgelachen op een terras. Het gezelschap aan het tafeltje naast hen bleek een filmpje op een telefoon te bekijken. Na uitleg is het opgelost. Geen discriminatie.", "neutraal-ontkenning"),
    ("-", "Mutatie: een sollicitant meende afgewezen te zijn vanwege zijn leeftijd. Werkgever toonde aan dat de functie een rijbewijs C vereist dat hij niet heeft. Uitleg gegeven, zaak gesloten.", "neutraal-ontkenning"),
    ("-", "Aangifte: mld. zegt dat de taxichauffeur haar weigerde vanwege haar rolstoel. Chauffeur had een sedan en verwees haar naar de rolstoeltaxi die vijf minuten later kwam. Dat is beleid van de centrale. Geen opzet.", "neutraal-ontkenning"),
    ("-", "Melding: leerling meldde dat de docent haar 'zwart' had genoemd. Het ging om een schaakles waarin ze met de zwarte stukken speelde. Misverstand, door de mentor besproken met de leerling.", "neutraal-ontkenning"),
    ("-", "Mutatie: melding van een Joodse bewoner over een steen door de ruit. Onderzoek wijst uit dat er in de hele straat ruiten zijn ingegooid door een groep kinderen met een katapult. Geen gerichte actie.", "neutraal-ontkenning"),
    ("-", "Melding: mld. dacht dat hij niet in de bus mocht vanwege zijn afkomst. De chauffeur liet niemand meer toe omdat de bus vol was (maximale capaciteit bereikt). Volgende bus reed 4 minuten later.", "neutraal-ontkenning"),
    ("-", "Mutatie: in een buurtapp werd geschreven dat de nieuwe bewoners van nr. 8 'niet te vertrouwen' zouden zijn. Bij navraag ging het om een eerder conflict over een auto. Afkomst of religie speelde geen rol. Buurtbemiddeling.", "neutraal-ontkenning"),
    ("-", "Aangifte: mld. voelde zich gediscrimineerd door de gemeente omdat zijn vergunning voor een tuinfeest werd afgewezen. De gemeente had alle aanvragen voor dat weekend afgewezen i.v.m. de marathon.", "neutraal-ontkenning"),
    ("-", "Melding: een trans vrouw meende dat de apotheek haar medicijnen bewust niet leverde. Het middel bleek landelijk niet leverbaar. Apotheker heeft een alternatief geregeld.", "neutraal-ontkenning"),
    ("-", "Mutatie: tijdens de klachtbehandeling heeft mld. erkend dat de agent hem niet 'bruine' had genoemd, maar 'Bruine', de achternaam van zijn collega die hij riep. Klacht ingetrokken.", "neutraal-ontkenning"),
    ("-", "Melding: een vrouw met hoofddoek werd bij de ingang van het stadion gefouilleerd en voelde zich aangewezen. Alle bezoekers worden bij deze wedstrijd (risicowedstrijd) gefouilleerd. Uitleg gegeven door stewardcoördinator.", "neutraal-ontkenning"),
    ("-", "Mutatie: onderzoek naar een melding van discriminatie in de WhatsAppgroep van de hockeyclub. In het gewraakte bericht stond 'die Polen zijn te lang' en het bleek te gaan over tentstokken voor het kamp. Geen discriminatie.", "neutraal-ontkenning"),
    ("-", "Aangifte: aangever meende dat een buurman hem uitschold voor 'kaaskop'. Volgens getuigen riep de buurman 'kaaskopen' naar zijn vrouw, die naar de markt ging. Partijen lachten er uiteindelijk om.", "neutraal-ontkenning"),
    ("-", "Melding: een oudere man voelde zich gediscrimineerd omdat hij geen contant kon betalen bij de parkeerautomaat. De automaat accepteert van niemand contant geld. Geen leeftijdsdiscriminatie.", "neutraal-ontkenning"),
    ("-", "Mutatie: het Meldpunt Discriminatie stuurde een melding door over een verhuurder. Na overleg met het meldpunt: de verhuurder vroeg alle kandidaten om een inkomensverklaring, ongeacht afkomst. Geen strafbaar feit, dossier gesloten.", "neutraal-ontkenning"),
    ("-", "Melding: buren dachten dat de vlag met de witte ster op rode grond aan het balkon een extremistisch symbool was. Het is de vlag van een Texaanse football-club waar de bewoner fan van is. Geen actie.", "neutraal-ontkenning"),
]

# ---------------------------------------------------------------- beleid
ROWS += [
    ("-", "Briefing nachtdienst: extra aandacht voor de synagoge en de moskee in het district i.v.m. de landelijke dreigingssituatie. Surveillance ieder uur, afwijkingen melden bij de OvD.", "neutraal-beleid"),
    ("-", "Mutatie: training 'Herkennen van discriminatie in aangiftes' gevolgd door 12 collega's van team Centrum. Besproken: wanneer vink je het discriminatie-aspect aan, ook bij een woord als 'kankerturk' of 'homo' in een ruzie.", "neutraal-beleid"),
    ("-", "Memo team Diversiteit: het aantal geregistreerde discriminatiefeiten steeg in 2025 met 9%. Herkomst blijft de grootste grond, gevolgd door seksuele gerichtheid en antisemitisme.", "neutraal-beleid"),
    ("-", "Overleg met het antidiscriminatiebureau: afspraak gemaakt om meldingen vaker door te sturen. Casus besproken waarin een verdachte 'vuile jood' riep; OM wil dat soort zaken sneller op zitting.", "neutraal-beleid"),
    ("-", "Briefing: bij de Pride Amsterdam worden 40 extra collega's ingezet. Bij incidenten met een homofoob motief altijd het discriminatie-kenmerk in BVH aanvinken en het Roze Netwerk informeren.", "neutraal-beleid"),
    ("-", "Mutatie: workshop 'Proactief controleren zonder etnisch profileren' gegeven aan de noodhulp. Casus: waarom is 'hij past in het profiel' geen geldige reden voor een staandehouding.", "neutraal-beleid"),
    ("-", "Jaarverslag Roze in Blauw: 214 meldingen in 2025, waarvan 60% over scheldpartijen. Veel slachtoffers doen geen aangifte uit angst. Advies: drempel verlagen via de app.", "neutraal-beleid"),
    ("-", "Mutatie: bespreking in het teamoverleg van het nieuwe protocol voor bodycamgebruik bij klachten over discriminatie. Beelden worden 28 dagen bewaard en bij klachten veiliggesteld.", "neutraal-beleid"),
    ("-", "Briefing: in de wijk worden stickers met '6MWE' en 'Remigratie' verspreid. Collega's die dit zien: foto maken, verwijderen en registreren onder de maatschappelijke klasse discriminatie.", "neutraal-beleid"),
    ("-", "Notitie OM-overleg: het landelijk expertisecentrum discriminatie wijst erop dat 'mongool' en 'kankerlijer' vaak als gewoon scheldwoord worden gebruikt, terwijl 'kankerjood' meestal wel discriminatoir is. Beoordeling per zaak.", "neutraal-beleid"),
    ("-", "Mutatie: gastles op basisschool De Regenboog over pesten en discriminatie door de wijkagent. Kinderen vroegen wat het verschil is tussen een grap en discriminatie. Goed ontvangen.", "neutraal-beleid"),
    ("-", "Rapportage netwerk Moslim en Politie: zorg over onderregistratie van incidenten bij moskeeën. Actiepunt: contactpersoon per moskee, maandelijks overleg met de wijkagenten.", "neutraal-beleid"),
    ("-", "Briefing: i.v.m. Jom Kipoer extra aandacht voor de Joodse instellingen in Amstelveen en Buitenveldert. Beveiligers van de instellingen zijn op de hoogte van onze rondes.", "neutraal-beleid"),
    ("-", "Mutatie: evaluatie van de pilot 'app-melding discriminatie'. In 6 maanden 180 meldingen, vooral over online haat. Veel meldingen bevatten screenshots met verhulde spelling als 'j0od' en 'h0m0'.", "neutraal-beleid"),
    ("-", "Teamdag: uitleg van de collega van het Meldpunt over art. 137c en 137d Sr. Groepsbelediging versus belediging van een persoon. Voorbeelden uit de praktijk besproken.", "neutraal-beleid"),
    ("-", "Mutatie: uitnodiging aan de LHBTI-vereniging en de seniorenraad voor de wijkschouw volgende week. Doel is het veiligheidsgevoel in kaart te brengen.", "neutraal-beleid"),
    ("-", "Beleidsnotitie: bij aangiftes van ouderen (babbeltrucs, oplichting) is extra geduld nodig. Dit heeft niets met discriminatie te maken maar met toegankelijkheid. Collega's worden getraind in eenvoudige taal.", "neutraal-beleid"),
    ("-", "Mutatie: de Diversiteitscommissie van de eenheid heeft het nieuwe werving-en-selectiebeleid besproken. Streven naar meer vrouwen en collega's met een migratieachtergrond in leidinggevende functies.", "neutraal-beleid"),
    ("-", "Briefing: bij wedstrijden van de eredivisie let op spreekkoren over 'joden' en 'kankerhomo's'. Bij constatering: beelden vastleggen via de stadioncamera en de KNVB-procedure volgen.", "neutraal-beleid"),
    ("-", "Memo: vanaf 1 januari 2026 wordt bij iedere aangifte gevraagd of de aangever denkt dat er een discriminatoir motief was. Dit veld is verplicht. Instructie in de bijlage.", "neutraal-beleid"),
    ("-", "Mutatie: overleg met de GGD en de gemeente over de zorg voor dak- en thuislozen rond het station. Geen strafbare feiten, wel afspraken over een vast aanspreekpunt.", "neutraal-beleid"),
    ("-", "Verslag bijeenkomst met de Surinaamse en Antilliaanse gemeenschap in Zuidoost: bewoners vertelden over ervaringen met controles. Afspraak: vaker uitleg geven bij een staandehouding en een terugkoppelgesprek.", "neutraal-beleid"),
    ("-", "Mutatie: e-learning 'Transgender personen en politiecontact' is afgerond door het hele team. Onderwerpen: voornaamwoorden, fouillering door een collega van het gewenste geslacht.", "neutraal-beleid"),
    ("-", "Briefing: de gemeente opent in maart een noodopvang voor asielzoekers in het oude kantoorpand. Verwachting van protesten. Extra noodhulp op de eerste avonden, contact met de COA-locatiemanager.", "neutraal-beleid"),
    ("-", "Mutatie: analyse van het team Discriminatiezaken: van de 300 registraties met het woord 'zwart' erin ging het bij minder dan een kwart over huidskleur; de rest ging over kleding, auto's en zwartrijden.", "neutraal-beleid"),
    ("-", "Notitie: de Staat van Discriminatie 2025 is verschenen. Belangrijkste punt voor de politie: arbeidsmarktdiscriminatie wordt zelden gemeld bij ons en meestal bij het College voor de Rechten van de Mens.", "neutraal-beleid"),
    ("-", "Mutatie: intervisie over de zaak waarin een collega werd uitgescholden voor 'kutmarokkaan' tijdens een aanhouding. Besproken hoe je daarvan aangifte doet als collega en welke steun er is.", "neutraal-beleid"),
    ("-", "Briefing: het boek 'Het land van herkomst' wordt in de bibliotheek besproken, auteur aanwezig. Geen dreiging bekend, wel enkele dreigtweets tegen de schrijver eerder dit jaar. Surveillance.", "neutraal-beleid"),
]

# ---------------------------------------------------------------- weigering
ROWS += [
    ("-", "Melding: portier van club Paradiso weigerde mld. de toegang omdat hij zichtbaar dronken was en niet recht kon lopen. Mld. werd boos en belde 112. Geen strafbaar feit, mld. naar huis gestuurd.", "neutraal-weigering"),
    ("-", "Mutatie: jongen (17) werd bij de slijterij geweigerd omdat hij geen legitimatie bij zich had. Hij noemde de verkoper 'discriminerend', maar de regel geldt voor iedereen onder de 25 zonder ID.", "neutraal-weigering"),
    ("-", "Melding: taxichauffeur weigerde een klant met een hond zonder bench. Klant had geen assistentiehond maar een gewone huisdierhond. Taxibedrijf voert dit beleid voor alle klanten.", "neutraal-weigering"),
    ("-", "Mutatie: een groep toeristen werd niet toegelaten in het restaurant omdat ze zonder reservering kwamen en alles vol zat. Ze bleven aandringen, personeel belde de politie. Groep vertrokken.", "neutraal-weigering"),
    ("-", "Melding: mld. kreeg de huurwoning niet omdat haar inkomen niet voldeed aan de eis van drie keer de huur. Ze verdenkt de verhuurder, maar de eis staat in de advertentie en geldt voor alle kandidaten.", "neutraal-weigering"),
    ("-", "Mutatie: bij het zwembad werd een man geweigerd omdat hij in een korte broek met zakken wilde zwemmen; alleen zwemkleding is toegestaan. Na het huren van een zwembroek mocht hij naar binnen.", "neutraal-weigering"),
    ("-", "Melding: bij de Primark werd een klant de winkel uitgezet omdat hij met zijn e-step door de gangpaden reed. Klant weigerde eerst te vertrekken. Na komst politie vertrokken.", "neutraal-weigering"),
    ("-", "Mutatie: de voetbalkantine weigerde twee mannen die een eigen krat bier meebrachten. Het huisreglement verbiedt eigen drank. Mannen werden boos en schopten tegen een stoel. Waarschuwing gegeven.", "neutraal-weigering"),
    ("-", "Melding: een bezoeker van het ziekenhuis werd buiten het bezoekuur niet toegelaten op de afdeling. Hij vond dat hij gediscrimineerd werd, maar de regel gold voor alle bezoekers i.v.m. een griepuitbraak.", "neutraal-weigering"),
    ("-", "Mutatie: bij de ingang van het festival werd een jongen geweigerd omdat er drugs in zijn sok werden gevonden bij de fouillering. Drugs in beslag genomen, jongen de toegang ontzegd.", "neutraal-weigering"),
    ("-", "Melding: de buschauffeur weigerde een passagier die niet wilde betalen en geen geldig vervoersbewijs had. Passagier bleef in de deuropening staan. Na aanspreken uitgestapt.", "neutraal-weigering"),
    ("-", "Mutatie: een vrouw werd geweigerd bij de sauna omdat ze haar badpak aanhield in het textielvrije gedeelte. Dat is de huisregel voor iedereen. Ze kon naar het textielgedeelte.", "neutraal-weigering"),
    ("-", "Melding: de padelvereniging weigerde een nieuw lid omdat de ledenstop sinds januari van kracht is. Mld. vermoedde een andere reden, maar vier andere aanmelders kregen hetzelfde antwoord.", "neutraal-weigering"),
    ("-", "Mutatie: in de kroeg werd een man niet meer geschonken nadat hij meerdere gasten had lastiggevallen. Hij werd vervolgens uit het pand gezet. Man belde zelf de politie. Geen strafbaar feit.", "neutraal-weigering"),
    ("-", "Melding: de deelautoaanbieder weigerde mld. een account omdat zijn rijbewijs korter dan een jaar geldig is. Dat is een voorwaarde voor alle klanten i.v.m. de verzekering.", "neutraal-weigering"),
    ("-", "Mutatie: bij een bruiloft in een zalencentrum werden ongenode gasten aan de deur geweigerd door de familie. Ze wilden toch naar binnen. Eenheid ter plaatse, ongenode gasten vertrokken.", "neutraal-weigering"),
    ("-", "Melding: jongen van 15 kreeg bij de snackbar geen energiedrank omdat de eigenaar die niet verkoopt aan kinderen onder de 16. Jongen scheldde en gooide een prullenbak om.", "neutraal-weigering"),
    ("-", "Mutatie: een groep jongeren werd het winkelcentrum uitgezet door de beveiliging omdat ze al een uur bij de roltrap hingen en bezoekers hinderden. Ze hebben een winkelverbod van 3 maanden gekregen i.v.m. eerdere incidenten.", "neutraal-weigering"),
    ("-", "Melding: bij de ingang van de discotheek werd een man geweigerd die geen zichtbaar polsbandje voor de besloten avond had. Alleen genodigden van het bedrijfsfeest mochten naar binnen.", "neutraal-weigering"),
    ("-", "Mutatie: een huurder kreeg een brief van de corporatie dat zijn contract niet wordt verlengd wegens maandenlange huurachterstand. Hij denkt dat het persoonlijk is. Verwezen naar het juridisch loket.", "neutraal-weigering"),
    ("-", "Melding: de kapper weigerde een klant die te laat kwam voor zijn afspraak; de volgende klant zat al in de stoel. Klant werd boos. Afgedaan zonder verdere actie.", "neutraal-weigering"),
    ("-", "Mutatie: een man in een rolstoel werd niet in de oude molen toegelaten omdat er alleen een steile trap is en de rondleiding boven plaatsvindt. Beheerder bood een digitale rondleiding aan. Geen klacht.", "neutraal-weigering"),
    ("-", "Melding: twee meiden van 14 werden geweigerd bij de horror-film in de bioscoop (16+). Ze noemden de medewerker 'discriminerend'. Kassière wees op de Kijkwijzer.", "neutraal-weigering"),
    ("-", "Mutatie: bij het hotel werd een gast geweigerd omdat zijn creditcard geweigerd werd en hij geen borg kon betalen. Gast bleef in de lobby slapen. Meegenomen naar de nachtopvang.", "neutraal-weigering"),
    ("-", "Melding: de sportschool weigerde mld. de toegang omdat hij een openstaande rekening heeft van 3 maanden contributie. Na betalen via de app mocht hij naar binnen.", "neutraal-weigering"),
    ("-", "Mutatie: een vrouw werd bij de ingang van het stadhuis geweigerd omdat ze zonder afspraak kwam voor een paspoort. Ze werd verwezen naar de online agenda. Ze voelde zich niet serieus genomen.", "neutraal-weigering"),
]

# ---------------------------------------------------------------- homoniem
ROWS += [
    ("-", "Aangifte diefstal: uit de schuur van aangever zijn een accu en een startkabelset weggenomen. De polen van de tweede accu waren losgedraaid; mogelijk wilden daders die ook meenemen.", "neutraal-homoniem"),
    ("-", "Mutatie: in de keuken van het restaurant is een pot met frituurvet omgevallen en in brand gevlogen. Brandweer ter plaatse, twee koks licht gewond aan de handen.", "neutraal-homoniem"),
    ("-", "Melding: mld. meldt dat haar nicht (16) sinds gisteravond niet thuis is gekomen. Telefoon staat uit. Vermissing uitgezet, meisje later aangetroffen bij een vriendin.", "neutraal-homoniem"),
    ("-", "Mutatie: supporters van AS Roma werden na de Europa League-wedstrijd in De Kuip met bussen naar het station begeleid. Geen incidenten, één Italiaan aangehouden voor wildplassen.", "neutraal-homoniem"),
    ("-", "Aangifte: uit de woning van aangever is een originele eerste druk van 'Turks fruit' van Jan Wolkers gestolen, samen met andere boeken. Waarde ca. 800 euro.", "neutraal-homoniem"),
    ("-", "Melding: zwartrijder in de metro staande gehouden bij Kralingse Zoom. Hij kon geen geldig vervoersbewijs tonen en gaf een valse naam op. Identiteit vastgesteld via vingerafdrukken.", "neutraal-homoniem"),
    ("-", "Mutatie: de zwarte Piet-discussie in de gemeenteraad verliep rustig. Politie aanwezig op de publieke tribune, geen incidenten. Vergadering om 23.00 uur gesloten.", "neutraal-homoniem"),
    ("-", "Aangifte: aangever is een Duitse toerist die door zijn vrienden 'mof' wordt genoemd als grap; zijn fiets is op de Dam gestolen. Fietsslot was niet vast aan een paal. Geen verdachten.", "neutraal-homoniem"),
    ("-", "Melding: een kraai en een groep zwarte kraaien maken 's ochtends zoveel lawaai bij de flat dat bewoners 112 bellen. Verwezen naar de gemeente; geen politietaak.", "neutraal-homoniem"),
    ("-", "Mutatie: bij de drugsinval in de woning werden 40 wietplanten en een pot met 300 gram gedroogde toppen aangetroffen. Bewoner (m, 44) aangehouden.", "neutraal-homoniem"),
    ("-", "Aangifte: een vrouw stuurde via Marktplaats een 'vintage Mongoolse tent (yurt)' op, maar kreeg nooit betaald. Koper bleek een nepaccount te gebruiken.", "neutraal-homoniem"),
    ("-", "Melding: vrachtwagen met Poolse kentekens verliest zijn lading paprika's op de A28. Rijbaan afgezet, Rijkswaterstaat ter plaatse. Chauffeur ongedeerd.", "neutraal-homoniem"),
    ("-", "Mutatie: bij de controle van een garage werden zwarte nummerborden zonder registratie op een oldtimer aangetroffen. Voor oldtimers van voor 1978 zijn die toegestaan. Geen bekeuring.", "neutraal-homoniem"),
    ("-", "Aangifte: bij de oplichting werd aangever geadviseerd om 'zwart geld' wit te wassen via een cryptowallet. Aangever is 9.000 euro kwijt. Zaak naar FIOD-contactpunt.", "neutraal-homoniem"),
    ("-", "Melding: een paard loopt los op de dijk bij Nigtevecht, een bruine merrie met een zwarte manen. Eigenaar gebeld en paard teruggebracht.", "neutraal-homoniem"),
    ("-", "Mutatie: bij de rommelmarkt in de kerk is een Chinese porseleinen vaas verkocht die gestolen bleek uit een woning in de buurt. Vaas in beslag genomen, koper te goeder trouw.", "neutraal-homoniem"),
    ("-", "Aangifte: aangeefster (achternaam De Jood) meldt dat haar identiteit is misbruikt voor een telefoonabonnement. Drie abonnementen op haar naam afgesloten.", "neutraal-homoniem"),
    ("-", "Melding: jongeren 'flikkerden' vuurwerk van het viaduct op de snelweg. Eenheid ter plaatse, twee jongens aangehouden met cobra's in hun rugtas.", "neutraal-homoniem"),
    ("-", "Mutatie: een vrouw belt omdat ze denkt dat de buren 'iets met negers' zeiden. Bij navraag zeiden ze 'negen euro' over de prijs van de kerstboom. Mld. gerustgesteld.", "neutraal-homoniem"),
    ("-", "Aangifte: bij de sportschool is een rugtas gestolen waarin een Moors wandkleed en een laptop zaten. De eigenaar is een antiekhandelaar. Geen camerabeelden in de kleedkamer.", "neutraal-homoniem"),
    ("-", "Melding: ongeval met een Mercedes Sprinter van slagerij 'De Turk' (familienaam van de eigenaar) op de kruising. Alleen blikschade.", "neutraal-homoniem"),
    ("-", "Mutatie: kinderen speelden op het plein met een pot verf die ze in de container hadden gevonden en verfden de glijbaan zwart. Ouders hebben het schoongemaakt. Geen aangifte.", "neutraal-homoniem"),
    ("-", "Aangifte: diefstal van twee Turkse tapijten (kelims) uit een loods aan de Havenweg. Waarde ca. 3.000 euro. Inbrekers kwamen door het dak.", "neutraal-homoniem"),
    ("-", "Melding: op een kleine bruine pot in de bosjes bij de speeltuin staat 'gif'. Brandweer ingeschakeld; het bleek een oude pot ongediertebestrijding. Afgevoerd door de gemeente.", "neutraal-homoniem"),
    ("-", "Mutatie: bij het Chinese nieuwjaar werd op de Zeedijk vuurwerk afgestoken met een vergunning. Drukte, maar geen incidenten. Drakendans verliep volgens plan.", "neutraal-homoniem"),
    ("-", "Aangifte: bij een illegaal pokertoernooi in een garage zou de pot van 5.000 euro zijn verdwenen toen het licht uitviel. Spelers weigeren verklaringen af te leggen.", "neutraal-homoniem"),
    ("-", "Melding: automobilist reed met zijn zwarte Tesla tegen een paal bij de Hollandse Nieuwe-kraam op de markt. Haring overal op de weg, geen gewonden.", "neutraal-homoniem"),
    ("-", "Mutatie: bij de melkveehouder aan de Polderweg is de homogenisator van de melkinstallatie gestolen. Ook een koperen leiding is weg. Boer vermoedt dezelfde dieven als bij de buren.", "neutraal-homoniem"),
    ("-", "Aangifte: aangever heet Ahmed Zwart en zijn bankpas is gekopieerd bij een tankstation. Skimmer aangetroffen op de pinautomaat. Meer slachtoffers.", "neutraal-homoniem"),
    ("-", "Melding: in de dierenwinkel is een papegaai gestolen van de soort 'Senegalpapegaai'. Camerabeelden tonen een man met een grote tas. Signalement doorgezet.", "neutraal-homoniem"),
    ("-", "Mutatie: jongeren speelden 'Zigeunertje' (oud kaartspel) in de hal van de flat en werden luidruchtig. Bewoners wilden dat ze vertrokken. Groep weggestuurd.", "neutraal-homoniem"),
    ("-", "Aangifte: een leerling van het ROC werd zijn fiets afgepakt bij de Jodenbreestraat. Dader liep richting Waterlooplein. Signalement: m, ca. 20, grijze hoodie.", "neutraal-homoniem"),
    ("-", "Melding: op de 'Paaps-Katholieke' begraafplaats in het dorp zijn twee grafstenen omgevallen door de storm. Geen vernieling, geen strafbaar feit. Beheerder ingelicht.", "neutraal-homoniem"),
    ("-", "Mutatie: een bestuurder noemde zijn eigen auto 'de ouwe zwarte' en liet hem onbeheerd met draaiende motor staan bij de bakker. Auto gestolen. Aangifte opgenomen.", "neutraal-homoniem"),
]

# ---------------------------------------------------------------- positief
ROWS += [
    ("-", "Mutatie: bewoners van de Vogelwijk hebben een welkomstfeest georganiseerd voor de nieuwe Syrische en Oekraïense gezinnen in de straat. Wijkagent was aanwezig, sfeer was uitstekend.", "neutraal-positief"),
    ("-", "Melding: mld. wil een compliment geven aan de buschauffeur die een man in een rolstoel hielp instappen toen de oprijplaat vastzat. Doorgestuurd naar het vervoersbedrijf.", "neutraal-positief"),
    ("-", "Mutatie: de imam van de moskee aan de Transvaalstraat en de pastoor van de Sint-Jozef hebben samen een bijeenkomst georganiseerd tegen geweld in de wijk. Ruim 200 bezoekers.", "neutraal-positief"),
    ("-", "Melding: buurtbewoners hebben de regenboogvlag bij de school opnieuw opgehangen nadat hij door de wind was gescheurd, en er een bord bij gezet 'Iedereen welkom'. Geen incident.", "neutraal-positief"),
    ("-", "Mutatie: Joodse en islamitische jongeren uit de wijk hebben samen een voetbaltoernooi gespeeld in het kader van 'Samen Sterk'. Wijkagent floot de finale. Geen bijzonderheden.", "neutraal-positief"),
    ("-", "Melding: een oudere vrouw (89) belde om te zeggen hoe blij ze was met de Marokkaanse jongens uit de straat die elke week haar boodschappen doen. Ze wilde dat de politie het wist.", "neutraal-positief"),
    ("-", "Mutatie: de sportclub heeft een team opgericht voor spelers met een verstandelijke beperking (G-voetbal). Bij de eerste training waren 30 kinderen. Wijkagent was uitgenodigd.", "neutraal-positief"),
    ("-", "Melding: mld. wil laten weten dat de collega's bij de aangifte van haar trans dochter heel respectvol waren en de juiste naam en voornaamwoorden gebruikten. Compliment doorgestuurd.", "neutraal-positief"),
    ("-", "Mutatie: op de Coming Out Dag hebben de leerlingen van het Stedelijk College een regenboogpad gekrijt op het schoolplein. Rapp. heeft een foto gemaakt voor het wijkbericht.", "neutraal-positief"),
    ("-", "Melding: een Poolse bouwvakker heeft een kind uit het water gehaald bij de haven. Kind maakt het goed. Voordracht voor een onderscheiding van de burgemeester.", "neutraal-positief"),
    ("-", "Mutatie: bezoek aan de synagoge met een groep agenten in opleiding. De rabbijn vertelde over de geschiedenis van de gemeente. Zeer leerzaam, vervolgbezoek aan de moskee gepland.", "neutraal-positief"),
    ("-", "Melding: een dove medewerker van de supermarkt herkende een zakkenroller en waarschuwde de beveiliging via de app. Vdt. aangehouden. Medewerker bedankt door de wijkagent.", "neutraal-positief"),
    ("-", "Mutatie: de ondernemers in de Turkse winkelstraat hebben een inzamelingsactie gehouden voor de voedselbank. Opbrengst 4.000 euro. Wijkteam heeft meegeholpen met sjouwen.", "neutraal-positief"),
    ("-", "Melding: oudere buurvrouw (81) zegt dat haar homoseksuele buren zo goed voor haar zorgen sinds haar man overleed. Ze belde alleen om dat te vertellen aan de wijkagent, die ze kent.", "neutraal-positief"),
    ("-", "Mutatie: het zorgcentrum heeft een Indisch avondje georganiseerd met rijsttafel en krontjong voor de bewoners. Politie aanwezig voor een voorlichting over babbeltrucs. Gezellig.", "neutraal-positief"),
    ("-", "Melding: mld. heeft via Marktplaats een rolstoel gratis weggegeven aan een Eritrees gezin dat er een nodig had. Ze vroeg of dat veilig was. Geen bijzonderheden, goed advies gegeven.", "neutraal-positief"),
    ("-", "Mutatie: agent is geïnterviewd door de lokale omroep over het Roze Netwerk. Ze vertelde dat slachtoffers van homohaat altijd welkom zijn om aangifte te doen. Positieve reacties.", "neutraal-positief"),
    ("-", "Melding: de vrouwen van de hoofddoekjesclub uit de buurt hebben de speeltuin opgeruimd en nieuwe bloembakken geplaatst. Gemeente gaat het project ondersteunen.", "neutraal-positief"),
    ("-", "Mutatie: een Antilliaanse jongen (16) heeft bij de bushalte een portemonnee met 300 euro gevonden en afgegeven bij het bureau. Eigenaar gebeld, bedankte de jongen persoonlijk.", "neutraal-positief"),
    ("-", "Melding: supporters van beide clubs hebben na de wedstrijd samen een minuut applaus gegeven voor de overleden Joodse clubarts. Geen incidenten, prachtig moment.", "neutraal-positief"),
    ("-", "Mutatie: de gemeente heeft de Vrouwenstraat heringericht met een regenboogzebrapad en extra verlichting. Wijkagent zag dat veel bewoners blij zijn met de nieuwe inrichting.", "neutraal-positief"),
    ("-", "Melding: een vrouw met een hoofddoek heeft in de trein een man gereanimeerd tot de ambulance kwam. Man is stabiel. Collega's willen haar voordragen voor de Politiepenning.", "neutraal-positief"),
]

# ---------------------------------------------------------------- overig
ROWS += [
    ("-", "Mutatie: zwarte rook boven het bedrijventerrein aan de Edisonweg. Brandweer meldt een brandende loods met autobanden. NL-Alert verstuurd, ramen en deuren sluiten.", "neutraal-overig"),
    ("-", "Melding: een zwart geklede man met bivakmuts zou bij de bank rondhangen. Bij aankomst bleek het een man in motorpak met helm die op zijn vriend wachtte. Geen strafbaar feit.", "neutraal-overig"),
    ("-", "Mutatie: witte bestelbus rijdt al dagen door de wijk en de bewoners denken aan inbrekers. Kenteken nagetrokken: het is een bus van de glasvezelaanleg. Buurtapp geïnformeerd.", "neutraal-overig"),
    ("-", "Melding: bewoner meldt dat iemand 's nachts zwarte vuilniszakken in zijn voortuin dumpt. Camera geplaatst door bewoner. Gemeente ingelicht over het illegaal storten.", "neutraal-overig"),
    ("-", "Mutatie: bij de oranje-gekleurde deelscooters bij het station staan er 40 op de stoep. Blinde geleidelijn geblokkeerd. Aanbieder gebeld om ze te verplaatsen binnen een uur.", "neutraal-overig"),
    ("-", "Melding: een vrouw meldt dat haar ex-partner haar bodycam-beelden van de kapperszaak wil inzien. Doorverwezen naar de advocaat, geen politietaak.", "neutraal-overig"),
    ("-", "Mutatie: een blanke (lichte) vlek op het wegdek van de N31 bleek een lekkende vrachtwagen met gips te zijn. Rijbaan tijdelijk afgezet. Weginspecteur ter plaatse.", "neutraal-overig"),
    ("-", "Melding: zwartwerk op de bouwplaats? Arbeidsinspectie vraagt assistentie bij een controle van 14 bouwvakkers. Drie zonder papieren aangetroffen. Overgedragen aan de vreemdelingenpolitie.", "neutraal-overig"),
    ("-", "Mutatie: in de WhatsAppgroep van de buurtpreventie wordt gevraagd wie de eigenaar is van de grijze kat met een rood bandje. Kat is bij het bureau afgegeven. Eigenaar heeft zich gemeld.", "neutraal-overig"),
    ("-", "Melding via 112: gele deelfiets in de gracht aan de Prinsengracht. Geen persoon in het water. Brandweer haalde de fiets eruit, aanbieder ingelicht.", "neutraal-overig"),
    ("-", "Mutatie: bewoner vraagt of zijn nieuwe deurbelcamera de stoep mag filmen. Uitleg gegeven over de AVG en de regels voor cameratoezicht bij particulieren.", "neutraal-overig"),
    ("-", "Melding: een flitsbezorger reed met hoge snelheid over het trottoir in de Kinkerstraat. Bestuurder aangesproken en bekeurd. Bedrijf gemeld bij de gemeente.", "neutraal-overig"),
    ("-", "Mutatie: de zwarte doos van de verongelukte drone is gevonden in het weiland. Overgedragen aan de ILT. Geen letsel bij de crash.", "neutraal-overig"),
    ("-", "Melding: in de sportkantine is 's nachts het alarm afgegaan. Bij controle bleek een raam open te staan na de klaverjasavond. Beheerder heeft het pand afgesloten.", "neutraal-overig"),
    ("-", "Mutatie: Black Friday-drukte bij het outletcentrum, files op de afrit van de A1. Verkeersregelaars ingezet. Eén aanrijding met alleen blikschade.", "neutraal-overig"),
    ("-", "Melding: een man meldt dat hij op de zwarte lijst van een energiebedrijf staat en geen contract krijgt. Civiele kwestie, doorverwezen naar het Juridisch Loket.", "neutraal-overig"),
    ("-", "Mutatie: bij het zorgcentrum De Zonnehof is een bewoner met een scootmobiel over de rotonde gereden en vastgelopen in het gras. Ongedeerd, teruggebracht door collega's.", "neutraal-overig"),
    ("-", "Melding: wit poeder aangetroffen in een envelop bij het gemeentehuis. Brandweer en CBRN-team ter plaatse. Bleek bakpoeder uit een kinderproefje dat per ongeluk was opgestuurd. Ontruiming opgeheven.", "neutraal-overig"),
    ("-", "Mutatie: rode en groene lasers worden vanaf een balkon naar de politiehelikopter geschenen. Locatie bepaald, bewoner (m, 26) aangehouden en laserpen in beslag genomen.", "neutraal-overig"),
    ("-", "Melding: via de app meldt een moeder dat haar zoon in een Snapchatgroep is toegevoegd waarin sneakers worden doorverkocht die mogelijk gestolen zijn. Jeugdagent neemt contact op.", "neutraal-overig"),
    ("-", "Mutatie: de markt op zaterdag wordt vanaf volgende maand verplaatst naar het Kerkplein i.v.m. werkzaamheden. Marktmeester vraagt om extra toezicht op de eerste dag.", "neutraal-overig"),
    ("-", "Melding: zwarte bmw staat al twee weken met lekke banden voor de deur. Kenteken gecontroleerd: niet gesignaleerd, eigenaar woont om de hoek. Bewoner geïnformeerd.", "neutraal-overig"),
]


def check(rows):
    seen = set()
    for grounds, text, label in rows:
        assert "\t" not in text and "\n" not in text, text
        assert text not in seen, "duplicate: " + text
        seen.add(text)
        if grounds == "-":
            assert label.startswith("neutraal-") and label[9:] in NEUTRAL_KINDS, label
        else:
            gs = grounds.split(",")
            assert all(g in GROUNDS for g in gs) and len(set(gs)) == len(gs), grounds
            assert label in SETTINGS, label


def held_out(text):
    return hashlib.sha256(("regs12:" + text).encode("utf-8")).digest()[0] % 10 < 3


def write(path, rows, what):
    rows = sorted(rows, key=lambda r: hashlib.sha256(r[1].encode("utf-8")).hexdigest())
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("# %s of the regs12 Dutch police registration set, generated by gendev12.py (written by hand, engine not read).\n" % what)
        f.write("# held out when sha256('regs12:' + text)[0] % 10 < 3; columns: grounds (comma separated or -), text, label (setting or neutraal-<kind>).\n")
        f.write("grounds\ttext\tlabel\n")
        for g, t, l in rows:
            f.write("%s\t%s\t%s\n" % (g, t, l))
    return rows


def summary(name, rows):
    disc = [r for r in rows if r[0] != "-"]
    print("%s: %d rows, %d discriminatory, %d neutral" % (name, len(rows), len(disc), len(rows) - len(disc)))
    grounds = Counter(g for r in disc for g in r[0].split(","))
    print("  per ground: " + ", ".join("%s=%d" % kv for kv in sorted(grounds.items(), key=lambda kv: -kv[1])))
    labels = Counter(r[2] for r in rows)
    print("  per label: " + ", ".join("%s=%d" % kv for kv in sorted(labels.items())))


def main():
    check(ROWS)
    here = os.path.dirname(os.path.abspath(__file__))
    held = [r for r in ROWS if held_out(r[1])]
    dev = [r for r in ROWS if not held_out(r[1])]
    write(os.path.join(here, "registrations-dev12.tsv"), dev, "Development part")
    write(os.path.join(here, "registrations-heldout12.tsv"), held, "Held-out part")
    summary("all", ROWS)
    summary("registrations-dev12.tsv", dev)
    summary("registrations-heldout12.tsv", held)
    return 0


if __name__ == "__main__":
    sys.exit(main())
