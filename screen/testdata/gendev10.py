#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generate the independent 'regs10' evaluation set for the Dutch discrimination screener.

How this set was written
------------------------
Every text below was written by hand, one at a time, from general knowledge of Dutch
police practice: BVH mutaties, aangiftes and meldingen as officers record them at the
desk, on the street or from the meldkamer (1-5 sentences, abbreviations such as mld.,
bet., vdt., AG, verb., rapp., t.h.v., i.v.m., "Mutatie:", "Melding via 112", and the
occasional typo). The author did NOT read or run the screening engine: no source code,
no lexicon, no documentation and no other testdata under screen/ was opened. The set
therefore measures how the engine generalises to text that was not tuned to its word
lists. No templates or grids were used; no two texts differ only in a name or a group
word.

Rows
----
grounds  For a discriminatory text one or more of herkomst, godsdienst, antisemitisme,
         seksuele_gerichtheid, genderidentiteit, geslacht, handicap, leeftijd, overig
         (comma separated, no spaces). For a neutral text exactly "-".
text     The registration text (no tabs or newlines).
label    Discriminatory: the setting (horeca, werk, woning, online, buren, sport, school,
         vervoer, dienstverlening, graffiti, bedreiging, geweld, politie, winkel, zorg).
         Neutral: "neutraal-<kind>".

About 40% of the rows are discriminatory (insults with and without slurs, quoted as
said, including street language and disguised spellings in screenshots; threats and
violence with a stated or evident group motive; refusals at doors, shops, taxis,
housing, jobs and services; unequal treatment shown by comparison; graffiti, stickers,
letters and symbols; neighbour harassment; remarks by colleagues, teachers, officials
and police officers; online hate about a named person's group). "overig" covers
political opinion, marital status, woonwagenbewoners, homelessness and similar.

About 60% are neutral, because real screening sees far more neutral text. Kinds:
  beschrijving  origin, nationality, religion, skin colour, age, disability or
                orientation mentioned in an ordinary incident, or a mosque, synagogue,
                church, gay bar, COC, AZC, Pride event as mere location
  slachtoffer   ordinary crime against a member of a group, nothing points to a motive
  ruzie         quarrels with everyday insults (kut, klootzak, lul, eikel, sukkel ...)
                that are not about a group
  weigering     refusal or removal for a reason that holds for everyone
  beleid        internal notes, briefings, trainings, statistics, meetings about
                discrimination work
  homoniem      words that look like group words or slurs but are ordinary (food,
                brands, surnames, places, animals, products, sports clubs)
  ontkenning    the person or the officer states there was no discriminatory aspect
  positief      positive or friendly remarks about a group or a person of a group
  overig        other daily business (traffic, theft, burglary, nuisance, lost
                property, mental health) containing words like zwart, wit, geel,
                bruin, Turks fruit, Chinees eten, Jood (surname), homo sapiens, moskee
                as landmark

Split
-----
A row is held out when hashlib.sha256(("regs10:" + text).encode()).digest()[0] % 10 < 3
(about 30%). Held-out rows go to registrations-heldout10.tsv, the rest to
registrations-dev10.tsv. Rows are ordered by the SHA-256 of the text, so the output is
fully deterministic. Run from any directory; files are written next to this script.
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
KINDS = {
    "beschrijving", "slachtoffer", "ruzie", "weigering", "beleid", "homoniem",
    "ontkenning", "positief", "overig",
}

# (grounds, setting, text)
DISCRIMINATOIR = [
    # ---------------------------------------------------------------- herkomst
    ("herkomst", "horeca", "Mld. verklaarde aan de balie dat hij zaterdagnacht met drie vrienden bij de ingang van discotheek De Kroon werd tegengehouden. Portier zei: 'Vanavond geen Marokkanen, zo is het beleid van de baas.' Een groep Nederlandse jongens die na hen kwam mocht wel door. Mld. wil aangifte doen."),
    ("herkomst", "horeca", "Aangifte discriminatie. AG had telefonisch gereserveerd voor 3 personen om 20.00 uur. Bij aankomst zei de gastheer dat er 'helaas niks meer vrij' was, terwijl AG meerdere lege tafels zag. Haar collega (blanke vrouw) belde vanaf de stoep en kon direct voor 20.00 uur reserveren. AG en haar vriendinnen hebben een Ghanese achtergrond."),
    ("herkomst", "vervoer", "Melding via 112. Mld. stond bij de taxistandplaats CS. Chauffeur weigerde hem mee te nemen met de woorden 'ik neem geen zwarten mee, jullie betalen toch nooit'. Vdt. reed vervolgens weg met een wit stel dat achter mld. in de rij stond. Kenteken genoteerd door mld."),
    ("herkomst", "school", "Mutatie: moeder van leerling (11 jr) meldt dat haar zoon al weken op school wordt uitgescholden voor 'bruine aap' en 'bosneger' door klasgenoten. Leerkracht zou hebben gezegd 'daar moet je maar tegen kunnen'. Moeder heeft school aangesproken, geen actie ondernomen. Doorverwezen naar ADV, wijkagent geïnformeerd."),
    ("herkomst", "buren", "Bet. woont sinds 2021 in de flat. Benedenbuurman roept regelmatig vanaf zijn balkon 'kankerturken, ga terug naar je eigen land' als bet. met haar kinderen langsloopt. Vandaag trof zij op haar fietszadel de tekst TURKEN OPROTTEN aan, gekrast met een sleutel. Foto's in bijlage."),
    ("herkomst", "online", "AG toont screenshots van de Facebookgroep van het dorp. Onder een foto van zijn nieuwe snackbar schreef een account zonder echte naam: 'weer zo'n k@nker m@rokk@an die ons dorp overneemt, gooi er een molotov in'. AG voelt zich bedreigd en wil aangifte."),
    ("herkomst", "werk", "Mld. werkt via uitzendbureau in een distributiecentrum. Ploegleider noemt de Poolse medewerkers structureel 'kutpolen' en 'vee'. Volgens mld. krijgen alleen de Nederlandse uitzendkrachten een vast contract, ook als ze korter in dienst zijn. Mld. wil eerst alleen een melding."),
    ("herkomst", "woning", "Melding woningmarkt. Mld. (Surinaamse achtergrond) reageerde op huurwoning via makelaar. Bij bellen onder eigen naam was de woning 'al verhuurd'. Een vriend belde een uur later onder de naam Jeroen de Vries en kon de volgende dag komen bezichtigen. Mld. heeft beide gesprekken opgenomen."),
    ("herkomst", "winkel", "Mutatie: mld. verklaart dat beveiliger van de supermarkt haar bij de kassa apart nam en haar tas doorzocht. Zij hoorde hem tegen zijn collega zeggen: 'die zigeuners jatten altijd, die moet je altijd checken'. Er werd niets aangetroffen. Andere klanten werden niet gecontroleerd."),
    ("herkomst", "geweld", "Melding via 112, mishandeling t.h.v. bushalte Oostplein. Slachtoffer (Eritrese man, 24) werd door drie jongens geschopt terwijl zij riepen 'vuile neger, rot op naar Afrika'. Hoofdwond, ambulance ter plaatse. Twee vdt. aangehouden, derde gevlucht richting park."),
    ("herkomst", "bedreiging", "AG trof in de brievenbus een handgeschreven brief aan: 'Buitenlanders zijn hier niet welkom. Als jullie niet voor 1 januari weg zijn gaat het huis in de fik.' AG is drie maanden geleden met haar gezin vanuit Syrië in de wijk komen wonen. Brief veiliggesteld t.b.v. sporenonderzoek."),
    ("herkomst", "graffiti", "Mutatie: op de zijmuur van het buurthuis is met zwarte verf WIT IS MACHT gespoten, met daarnaast een Keltisch kruis in een cirkel. Beheerder gebeld, foto's gemaakt. Gemeente verzocht om verwijdering, buurtonderzoek volgt."),
    ("herkomst", "sport", "Tijdens jeugdwedstrijd JO15 riep een vader van de tegenpartij meerdere keren 'haal die zwarte neer' en maakte apengeluiden naar een speler van de thuisclub. Scheidsrechter legde de wedstrijd 10 min stil. Trainer doet melding, vdt. is bij naam bekend bij de club."),
    ("herkomst", "politie", "Melding/klacht: mld. verklaart dat hij bij een verkeerscontrole door een verb. van een andere eenheid werd aangesproken met 'zeker weer een huurauto, jullie Antillianen hebben nooit een eigen auto'. Mld. heeft dashcambeelden. Doorgezet naar klachtbehandeling en teamchef."),
    ("herkomst", "dienstverlening", "Mld. belde met de klantenservice van zijn energieleverancier. Na het horen van zijn achternaam zei de medewerker dat hij 'eerst maar moest bewijzen dat hij hier legaal woont'. Op de vraag of dat bij iedereen moet antwoordde de medewerker: 'nee, alleen bij jullie soort namen'. Gesprek opgenomen."),
    ("herkomst", "zorg", "Melding: mevrouw verklaart dat de assistente van de huisartsenpraktijk weigerde haar in te schrijven met de opmerking 'we zitten al vol met buitenlanders, ga maar naar een Turkse dokter'. Haar Nederlandse buurvrouw werd een week later wel ingeschreven bij dezelfde praktijk."),
    ("herkomst", "online", "Screenshots Instagram: onder een filmpje van AG (Ghanese afkomst) staan reacties als 'n1kk3r terug naar de jungle' en 'aapjes horen in de dierentuin 🐒🐒'. Een van de accounts heet @dutchpride_nl, het andere is anoniem. AG doet aangifte."),
    ("herkomst", "buren", "Sinds het Bulgaarse gezin naast mld. woont, wordt er door een bewoner van het portiek 's nachts op hun deur gebonkt en 'zigeunertuig' geroepen. Vanochtend lag er een dode rat op de mat met een briefje OPROTTEN. Buurtbemiddeling is eerder gestopt."),
    ("herkomst", "horeca", "Rapp. zag tijdens controle uitgaansgebied dat de portier van café 't Hoekje twee jongens met een donkere huidskleur weigerde met 'alleen met clubpas', terwijl direct daarna een groep blanke jongens zonder pas werd binnengelaten. Portier aangesproken, ontkende. Gegevens doorgegeven aan gemeente, afd. horeca."),
    ("herkomst", "werk", "Aangifte: AG solliciteerde als verkoopmedewerker bij een keukenzaak. Hij kreeg per abuis een doorgestuurde mail met de interne opmerking 'niet uitnodigen, Turk, klanten willen een Nederlandse jongen'. Mail in bijlage."),
    ("herkomst", "geweld", "Vechtpartij op terras Grote Markt. Getuigen verklaren dat vdt. het slachtoffer (Chinese afkomst) eerst uitschold voor 'corona-chinees' en 'spleetoog' en hem daarna een vuistslag in het gezicht gaf. Vdt. aangehouden, verdacht van mishandeling met discriminatoir motief."),
    ("herkomst", "school", "Mld. is docent op een vmbo. Een collega-docent zei tijdens de les tegen een leerling: 'Jij gaat later toch alleen maar in een shoarmatent staan, net als alle Marokkanen.' Meerdere leerlingen hebben het gehoord, één heeft het opgenomen. Schoolleiding is op de hoogte."),
    ("herkomst", "vervoer", "Melding via NS. Conducteur meldt dat een reiziger een moeder met kind uitschold voor 'vieze Roemenen' en riep dat 'dat tuig uit de trein gegooid moet worden'. Vdt. weigerde zich te legitimeren, opgevangen door BOA's en politie op Utrecht CS."),
    ("herkomst", "bedreiging", "AG kreeg via WhatsApp berichten van een onbekend nummer: 'we weten waar je woont kankerafghaan, je zus is de volgende'. AG denkt dat het samenhangt met een ruzie op school, maar de berichten gaan steeds over zijn afkomst. Nummer word opgevraagd."),
    ("herkomst", "graffiti", "Op het naambord bij de ingang van het AZC aan de Rijksweg zijn de teksten 'Gelukzoekers rot op' en 'NL = WIT' gespoten. Beveiliging AZC deed melding om 06.45 uur. Camerabeelden van de slagboom worden opgevraagd."),
    ("herkomst", "politie", "Interne melding: tijdens de briefing zei een collega bij het bespreken van een signalement 'gewoon alle kutmarokkanen op het plein controleren, dan heb je hem vanzelf'. Meerdere collega's hebben het gehoord en zich eraan gestoord. Teamchef ingelicht."),
    ("herkomst", "woning", "Mld. reageerde op een kamer via Kamernet. Verhuurder schreef terug: 'Sorry, geen internationals en geen mensen van buitenlandse afkomst, alleen echte Nederlanders.' Mld. is in Nederland geboren, ouders komen uit Indonesië. Screenshot bijgevoegd."),
    ("herkomst", "winkel", "Mutatie: eigenaar van telefoonwinkel weigerde mld. een abonnement af te sluiten en zei 'aan Polen verkoop ik niks meer, die gaan terug en betalen niet'. Mld. woont al 9 jaar in NL en heeft een vaste baan. Zij voelt zich vernederd."),
    ("herkomst", "sport", "Na afloop van een zaterdagwedstrijd riepen supporters van de thuisclub 'oerwoudapen' naar de spelers van de bezoekende club, die grotendeels van Kaapverdiaanse afkomst zijn. Er werden bananen op het veld gegooid. Melding door wedstrijdofficial KNVB, beelden bij het bestuur."),
    ("herkomst", "online", "Mld. is wethouder. Op X verschijnen berichten over haar zoals 'die Ghanese moet terug naar haar hut' en 'dit krijg je als je negers laat stemmen'. Waar mogelijk zijn accounts geïdentificeerd. Zaak ligt bij recherche i.o.m. OvJ."),
    ("herkomst", "buren", "Buurman heeft een zwarte pop met een strop om de nek aan zijn balkon gehangen, gericht naar de woning van de familie van mld. (Surinaamse achtergrond). Eerder riep hij al 'blijf in je eigen land, roetmop'. Wijkagent gaat met beide partijen in gesprek, aangifte opgenomen."),
    ("herkomst", "dienstverlening", "AG verklaart dat de baliemedewerker van de gemeente zei: 'U spreekt geen goed Nederlands, dus u krijgt geen afspraak. Kom maar terug met iemand die normaal praat.' AG vroeg om een tolk, dat werd geweigerd. De Engelssprekende vrouw achter haar werd wel geholpen."),
    ("herkomst", "horeca", "Mld. werd bij een shishalounge geweigerd met de opmerking 'geen tatta's hier, dit is alleen voor onze mensen'. Zijn vriend van Marokkaanse afkomst mocht wel naar binnen. Mld. wil dat het geregistreerd wordt."),
    ("herkomst", "bedreiging", "Vdt. stond op het Stationsplein en riep naar voorbijgangers met een donkere huidskleur 'ik ga jullie allemaal afknallen, apen'. Bij fouillering mes aangetroffen. Vdt. aangehouden, mes in beslag. Vier getuigen gehoord."),
    ("herkomst", "geweld", "Slachtoffer (pakketbezorger, Indiase afkomst) werd bij aflevering door de bewoner van de trap geduwd, waarbij deze riep 'currykop, leg neer en oprotten uit mijn portiek'. Slachtoffer heeft een kneuzing aan de pols. Aangifte mishandeling met discriminatoir aspect."),
    ("herkomst", "zorg", "Mld. werkt als verpleegkundige in een verpleeghuis. De zoon van een bewoner schold haar gisteren uit voor 'kutnegerin' toen zij hem vroeg zijn stem te dempen, en eiste 'een Hollandse zuster' voor zijn moeder. Mld. wil melding, geen aangifte."),
    ("herkomst", "graffiti", "Mutatie: op het busstation zijn stickers aangetroffen met de tekst 'Stop de omvolking' en een afbeelding van een gekleurd gezin dat wordt doorgestreept. Rapp. heeft 11 stickers verwijderd en gefotografeerd."),
    ("herkomst", "werk", "AG werkt als chauffeur bij een transportbedrijf. In de kantine hangt een foto van hem waar collega's een kameel op hebben geplakt met de tekst 'geitenneuker van de maand'. Leidinggevende lachte erom en haalde de foto niet weg."),
    ("herkomst", "school", "Ouders van een leerling uit groep 8 melden dat in de klassenapp een meme werd gedeeld: 'hoeveel Surinamers passen er in een auto?' met foto's van klasgenoten met apenkoppen eroverheen geplakt. Hun dochter is een van de kinderen op de foto's."),
    ("herkomst", "vervoer", "AG verklaarde dat de chauffeur van een internationale bus bij het instappen alleen de paspoorten van de reizigers met een donkere huidskleur controleerde en tegen haar zei 'jij bent zeker illegaal'. De overige reizigers hoefden alleen hun ticket te laten zien."),
    ("herkomst", "woning", "Mutatie: VvE-bestuurder heeft in het trappenhuis een brief opgehangen: 'Wij willen niet dat nr. 14 verhuurd wordt aan asielzoekers of ander gespuis uit Afrika.' Bewoner van Nigeriaanse afkomst op nr. 16 voelt zich aangesproken en doet melding."),
    ("herkomst", "politie", "Mld. verklaart dat hij bij een staandehouding op straat door een agent werd gevraagd 'waar kom je nou echt vandaan' en dat de agent zei 'jullie zijn toch allemaal dealers'. Mld. was op weg naar zijn werk en heeft geen antecedenten. Bodycambeelden opgevraagd."),
    ("herkomst", "online", "Op TikTok plaatste een gebruiker een video voor de deur van zijn Eritrese buren met de tekst 'k4nk3r m0nk3ys naast me, wie helpt ze verhuizen naar de bodem van de zee 🌊'. Buren hebben het filmpje gezien en doen aangifte."),
    ("herkomst", "winkel", "Getuigenmelding: kassamedewerker weigerde een briefje van 50 van een man van Afrikaanse afkomst met de opmerking 'jullie hebben altijd vals geld', terwijl ze van mld. vlak ervoor wel een 50 aannam zonder te controleren. Mld. vond het zo stuitend dat ze melding doet."),
    ("herkomst,godsdienst", "buren", "Buurvrouw gooit regelmatig stukken varkensvlees over de schutting bij de familie El Amrani en roept 'Allah is dood, terug naar Marokko'. Vanochtend lag er een varkenskop op hun stoep. Wijkagent op de hoogte, aangifte opgenomen."),
    ("herkomst", "bedreiging", "AG werd na een verkeersconflict door een automobilist achtervolgd tot de parkeerplaats. Vdt. stapte uit, riep 'ik maak je af, vieze Pakistani' en sloeg met een stuurslot op de motorkap. Kenteken bekend, aangifte bedreiging en vernieling."),
    ("herkomst", "sport", "Scheidsrechter (Turkse achtergrond) meldt dat een speler na een rode kaart riep: 'Dit krijg je met zo'n kutbuitenlander als scheids, ga lekker kebab draaien.' De bond heeft de speler geschorst. Scheidsrechter wil aangifte belediging."),
    ("herkomst", "dienstverlening", "AG belde een rijschool voor proeflessen. De instructeur zei volgens AG letterlijk: 'Nee, ik neem geen allochtonen meer, die zakken toch steeds.' Het gesprek is niet opgenomen maar de moeder van AG hoorde het via de luidspreker."),
    ("herkomst", "graffiti", "Op het rolluik van een Chinees afhaalrestaurant is 'CORONA CHINEZEN' en 'RATTENVRETERS GO HOME' gespoten. Eigenaar doet aangifte van vernieling met discriminatoir motief. Het is de tweede keer dit jaar."),
    ("herkomst,geslacht", "online", "AG (zwarte vrouw, 27) ontvangt via Instagram DM's van een onbekend account: 'jullie zwarte wijven zijn allemaal hoeren, ga terug naar je apenland'. Ze heeft het account geblokkeerd, maar er komen steeds nieuwe accounts bij."),
    # -------------------------------------------------------------- godsdienst
    ("godsdienst", "horeca", "Mld. (draagt hoofddoek) wilde met drie collega's lunchen in een eetcafé. Eigenaar zei bij de deur: 'Met dat ding op je hoofd kom je hier niet binnen, dit is een Nederlandse zaak.' Haar collega's zonder hoofddoek mochten wel naar binnen. Ze zijn met z'n allen weggegaan."),
    ("godsdienst", "werk", "AG werkt bij een callcenter. Teamleider verbood haar om in haar pauze in een lege spreekkamer te bidden, terwijl collega's die ruimte wel gebruiken om privé te bellen. Hij zei erbij: 'Die moslimrituelen doe je maar thuis, hier werken we.' Melding, AG wil advies."),
    ("godsdienst", "graffiti", "Mutatie: bij de ingang van de moskee aan de Kerkstraat is een varkenskop achtergelaten, met een stuk karton waarop NO ISLAM staat. Bestuur deed melding om 05.30 uur bij het ochtendgebed. FO ingeschakeld, camerabeelden veiliggesteld."),
    ("godsdienst", "bedreiging", "Moskeebestuur ontving vannacht een e-mail: 'Ik ga jullie tempel opblazen tijdens het vrijdaggebed, vieze moslims.' Afkomstig van een anoniem mailadres. Met voorrang opgepakt, extra surveillance rond het vrijdaggebed ingesteld."),
    ("godsdienst", "online", "AG is imam in de wijk. Op Facebook wordt een foto van hem gedeeld met teksten als 'baardaap' en 'deze m0sl1m-terrorist moet aan de hoogste boom'. Het bericht is inmiddels ruim 200 keer gedeeld."),
    ("godsdienst", "geweld", "Slachtoffer (vrouw, 34, draagt hoofddoek) werd in tram 7 door een man benaderd die aan haar hoofddoek trok en riep 'in Nederland doen we dat niet, talibanwijf'. Medereizigers grepen in. Vdt. bij de volgende halte aangehouden."),
    ("godsdienst", "school", "Ouder meldt dat de gymdocent tegen haar dochter zei dat ze 'met die lap op haar hoofd' niet mee mocht doen, terwijl de school volgens het eigen reglement een sporthoofddoek toestaat. Docent zou hebben gezegt 'jouw god heeft in mijn gymzaal niks te zoeken'."),
    ("godsdienst", "buren", "Mld. (christen, draagt een kruisje) wordt door een groep jongeren in de straat uitgescholden voor 'kafir' en 'christenhond'. Gisteren is er een ei tegen haar raam gegooid, waar een kruis achter hangt. Jongeren zijn bekend bij de wijkagent."),
    ("godsdienst", "winkel", "Sikh-man met tulband werd door de beveiliger bij de ingang van een elektronicazaak tegengehouden: 'hoofddeksels af of wegwezen, jullie soort pleegt aanslagen'. Volgens mld. liepen andere klanten met een pet gewoon door. Aangifte opgenomen."),
    ("godsdienst", "vervoer", "Taxichauffeur liet mld. (draagt nikab) niet instappen en zei 'ik rij geen ninja's, straks zit er een bom onder die jurk'. Mld. stond met haar twee kinderen in de regen. Naam taxibedrijf en kenteken bekend."),
    ("godsdienst", "dienstverlening", "Bij de kassa van het zwembad werd een moeder met hoofddoek geweigerd voor het ouder-kindzwemmen, omdat 'hoofddoeken niet hygiënisch zijn en dat geloof hier niet thuishoort'. In het reglement staat niets over hoofddeksels; een vrouw met badmuts mocht wel het water in."),
    ("godsdienst", "graffiti", "Op de muur van de hindoetempel (mandir) aan de Vaart zijn de woorden HEIDENEN en JEZUS HAAT AFGODDIENAARS gespoten. Bestuur doet aangifte vernieling. Foto's gemaakt, gemeente ingeschakeld."),
    ("godsdienst", "online", "AG is ex-moslima en noemt zichzelf atheïst. Na een filmpje waarin ze vertelt dat ze het geloof heeft verlaten, ontvangt ze via Instagram berichten als 'afvallige, jij verdient de dood' en 'we vinden je wel'. Aangifte bedreiging."),
    ("godsdienst", "werk", "Mld. werkt in de thuiszorg en draagt een hoofddoek. Haar nieuwe leidinggevende zei dat ze 'de cliënten bang maakt' en dat ze alleen nog nachtdiensten krijgt zolang ze 'dat ding' draagt. Twee collega's waren bij het gesprek."),
    ("godsdienst", "geweld", "Bij de standplaats van Jehova's getuigen op de markt werd een vrijwilliger (67) door een voorbijganger omvergeduwd met de woorden 'sekteleden horen opgesloten te worden'. Schaafwond aan arm. Vdt. liep weg richting kerk, camerabeelden opvragen."),
    ("godsdienst", "horeca", "Mld. wilde met zijn vrouw op een terras gaan zitten. De ober zei 'jullie islamieten krijgen hier geen bediening' en haalde de menukaarten weg. Enkele vaste gasten begonnen te klappen. Mld. is direct naar het bureau gekomen."),
    ("godsdienst", "online", "Screenshot uit een Telegramgroep: 'm*sl*ms zijn k@kk3rl@kk3n, tijd voor een nieuwe christchurch hier'. In dezelfde draad wordt de moskee aan de Oranjelaan bij naam genoemd. AG is bestuurslid van die moskee. Doorgezet naar TDO."),
    ("godsdienst", "sport", "Tijdens een futsalwedstrijd knielde een speler om te bidden voor de aftrap. Tegenstanders lachten hem uit en riepen 'ga je weer op je matje, terrorist'. Scheidsrechter heeft het in het wedstrijdrapport gezet, club doet melding."),
    ("godsdienst", "politie", "Klacht: mld. verklaart dat verb. tijdens de fouillering zijn koran uit zijn tas haalde, op de grond gooide en zei 'dit soort boeken maken jullie gek'. Twee collega's van verb. waren aanwezig. Klacht ingediend, doorgezet naar VIK."),
    ("godsdienst", "school", "Ouders melden dat een docent geschiedenis hun zoon (christelijk opgevoed) voor de klas herhaaldelijk bespot: 'gelovigen zijn achterlijk, jij denkt zeker ook dat de aarde plat is'. Klasgenoten noemen hem sindsdien 'de bijbelfreak'."),
    ("godsdienst", "zorg", "Mld. belde met een fysiotherapiepraktijk voor een intake en vroeg om een vrouwelijke therapeut in verband met haar geloof. De receptioniste zei: 'Dan ga je maar terug naar je moskee, hier doen we niet aan die achterlijke flauwekul.' Mld. heeft het gesprek opgenomen."),
    # ----------------------------------------------------------- antisemitisme
    ("antisemitisme", "graffiti", "Mutatie: op de gevel van de synagoge is een hakenkruis gekrast van ca. 40 bij 40 cm. De beheerder ontdekte het om 08.15 uur. Camerabeelden veiliggesteld, FO ingeschakeld. Extra surveillance ingesteld."),
    ("antisemitisme", "geweld", "Slachtoffer (man, 52, droeg een keppel) werd in de winkelstraat door twee jongens bespuugd en in het gezicht geslagen, waarbij zij 'kankerjood' riepen. Slachtoffer had een bloedneus. Beide vdt. door omstanders vastgehouden en aangehouden."),
    ("antisemitisme", "sport", "Tijdens de wedstrijd werd door een groep van ca. 200 supporters in vak F gezongen 'Hamas, Hamas, joden aan het gas'. De stadionspeaker heeft twee keer gewaarschuwd. Beelden van de club en eigen waarnemingen verb. worden in pv verwerkt."),
    ("antisemitisme", "online", "AG (joodse vrouw, 45) ontvangt op LinkedIn berichten van een onbekend profiel: 'jouw soort heeft de holocaust verdiend, 6 miljoen was niet genoeg'. Profiel lijkt nep, geen foto. AG doet aangifte."),
    ("antisemitisme", "bedreiging", "De joodse basisschool ontving een brief met de tekst 'Wij komen jullie halen, net als in 1942' en een getekende davidster met een kruis erdoor. Directie heeft de brief aan ons overhandigd. Extra bewaking, zaak bij recherche."),
    ("antisemitisme", "buren", "De mezoeza is van de deurpost van AG getrokken en op de deur is met stift JOOD geschreven. Dit is de tweede keer in een maand. AG vermoedt een medebewoner van 3-hoog, maar heeft geen bewijs. Aangifte opgenomen."),
    ("antisemitisme", "school", "Docent meldt dat enkele leerlingen de Hitlergroet brachten en 'Sieg Heil' riepen toen een joodse klasgenoot een spreekbeurt hield over zijn opa. Op zijn tafel is later 88 gekrast. School en ouders geïnformeerd."),
    ("antisemitisme", "werk", "Mld. hoorde een collega in de kantine zeggen dat 'de joodse bankiers' achter de crisis zitten en 'de joden de wereld regeren'. Toen mld. zei dat zij joods is, reageerde de collega met 'dan ben jij er dus ook een van, je houdt toch ook van geld'. Leidinggevende ingelicht."),
    ("antisemitisme", "graffiti", "Op meerdere lantaarnpalen rond het joods monument hangen stickers met SS-runen en de tekst 'Juda verrecke'. Rapp. heeft 14 stickers verwijderd en gefotografeerd. Buurtbewoner had melding gedaan."),
    ("antisemitisme", "online", "Screenshot Discord-server: een gebruiker schreef over AG, die hij bij voornaam noemt: 'die j00d moet terug de oven in (((hem)))'. AG is 17 jaar en zat op dezelfde server voor een game. Moeder aanwezig bij aangifte."),
    ("antisemitisme", "horeca", "Mld. en haar man (draagt keppel) werden in een lunchroom niet bediend. De serveerster zei 'eerst Gaza vrijlaten, dan krijgen jullie koffie' en liep weg. Gasten aan andere tafels werden wel geholpen. Mld. wil aangifte."),
    ("antisemitisme", "vervoer", "In de metro riep een man tegen een groep joodse jongens, herkenbaar aan hun keppel en tzitzit, 'jullie zijn kindermoordenaars, ik weet waar jullie wonen'. Vdt. stapte uit bij halte Amstel. Camerabeelden van het metrobedrijf opgevraagd."),
    ("antisemitisme", "graffiti", "Mutatie: de struikelstenen in de Van Woustraat zijn beklad met zwarte verf; op één steen is FAKE gekrast. Melding door buurtbewoner. Foto's gemaakt, gemeente zorgt voor reiniging."),
    ("antisemitisme", "bedreiging", "AG is voorzitter van de joodse gemeente. Hij ontving per post een doos met een dode rat en een briefje: 'Zionistenzwijn, jij bent de volgende'. Doos en briefje veiliggesteld voor sporenonderzoek."),
    ("antisemitisme", "winkel", "Bij de kosjere delicatessenwinkel is vannacht de ruit ingegooid. Op de stoep lag een steen met een briefje 'dood aan de joden'. Eigenaar doet aangifte. Buurtonderzoek, camerabeelden van de bakker ernaast opgevraagd."),
    ("antisemitisme", "dienstverlening", "Mld. verklaart dat de loodgieter na het zien van de menora op de vensterbank zei dat hij 'niet voor joden werkt' en wegging zonder de lekkage te repareren. Hij zei erbij: 'jullie hebben geld genoeg om een ander te betalen.'"),
    ("antisemitisme", "online", "Onder een bericht over de dodenherdenking op de Facebookpagina van de gemeente schreef een inwoner: 'De holocaust is de grootste leugen ooit, Hitler had gelijk'. Account is van een bij naam bekende inwoner. Communicatieafdeling gemeente doet melding."),
    ("antisemitisme", "sport", "Supporters in het uitvak zongen herhaaldelijk 'wie niet springt die is een jood' en maakten sisgeluiden. Verb. hebben ca. 30 personen zien meedoen. Waarnemingen opgenomen in pv, club vraagt om identificatie via camerabeelden."),
    ("antisemitisme", "geweld", "In het uitgaansgebied werd een man die een davidsterketting droeg door vdt. tegen de grond gewerkt. Vdt. riep 'dit is voor Palestina, vuile jood'. Slachtoffer heeft hoofdletsel. Vdt. aangehouden door surveillance."),
    ("antisemitisme", "buren", "De buurman van AG heeft een vlag met hakenkruis voor zijn raam gehangen, recht tegenover het huis van AG, die als enige joodse familie in de straat woont. Als AG buiten komt sist hij en roept 'gas aan'."),
    ("antisemitisme", "zorg", "Mld. (joodse verpleegkundige) vond in haar kluisje een briefje: 'Wanneer ga je terug naar Israël, vieze zionist? Niemand wil hier een jodin aan het bed.' Zij vermoedt een collega van de avonddienst. Melding via leidinggevende."),
    ("antisemitisme", "school", "Op de deur van de ruimte van de joodse studentenvereniging op de campus is een poster geplakt waarop een davidster gelijk wordt gesteld aan een hakenkruis, met de tekst 'Zio's not welcome'. Universiteit doet melding."),
    # ---------------------------------------------------- seksuele_gerichtheid
    ("seksuele_gerichtheid", "geweld", "Melding via 112: twee mannen die hand in hand door het park liepen werden door een groep van ca. 5 jongens aangevallen. Er werd 'vieze flikkers' geroepen en geschopt. Eén slachtoffer met gebroken neus naar de SEH. Signalement vdt. uitgegeven."),
    ("seksuele_gerichtheid", "buren", "Mld. woont met haar vrouw op nr. 8. De bovenbuurman heeft hun regenboogvlag van de gevel getrokken en verbrand op zijn balkon, en op hun voordeur POTTEN ERUIT geschreven. Eerder burenruzie over geluid, maar dit is nieuw."),
    ("seksuele_gerichtheid", "horeca", "Twee vrouwen werden uit een café gezet nadat ze elkaar een kus gaven. Barman zei: 'Dit is een nette zaak, dat lesbogedoe doe je maar thuis.' Een hetero stel dat aan de bar stond te zoenen werd niets gezegd. Getuigen bevestigen."),
    ("seksuele_gerichtheid", "werk", "AG werkt in de bouw. Sinds hij vertelde een vriend te hebben, noemen collega's hem 'mietje' en 'de homo van de ploeg'. Gisteren lag er een dildo in zijn kluisje met een briefje 'voor de nicht'. Uitvoerder doet er niets aan."),
    ("seksuele_gerichtheid", "geweld", "AG had via Grindr afgesproken met een jongen. Bij aankomst werd hij opgewacht door drie jongens, geslagen en beroofd van zijn telefoon terwijl ze 'kankerhomo' riepen. Het filmpje werd later op Snapchat gezet. Aangifte straatroof, discriminatoir aspect."),
    ("seksuele_gerichtheid", "school", "Moeder meldt dat haar zoon (15) in de groepsapp van de klas 'flikker' wordt genoemd en dat er een poll is gemaakt 'wie is de grootste homo van de klas' met zijn naam bovenaan. School is ingelicht, mentor gaat gesprek aan."),
    ("seksuele_gerichtheid", "sport", "Tijdens een hockeywedstrijd riep een speler van de tegenpartij meermaals naar een speler die openlijk homo is: 'ga terug naar je vriendjes, homo, dit is een mannensport'. Scheidsrechter hoorde het niet, teamgenoten wel. Melding via club."),
    ("seksuele_gerichtheid", "graffiti", "Het regenboogzebrapad aan de Stationsstraat is voor de derde keer beklad met zwarte verf, met de tekst NORMAAL = MAN + VROUW. Gemeente doet aangifte. Camerabeelden van het naastgelegen pand worden bekeken."),
    ("seksuele_gerichtheid", "bedreiging", "AG (homoseksuele man) vond onder zijn ruitenwisser een briefje: 'Wij weten dat jij een anusridder bent. Verhuis of je auto gaat in de fik.' Vorige week had hij al een lekke band. Buurtonderzoek ingesteld."),
    ("seksuele_gerichtheid", "vervoer", "Taxichauffeur zette twee mannen halverwege de rit de auto uit nadat ze elkaars hand vasthielden, met de woorden 'zulke viezigheid wil ik niet in mijn auto'. Rit was via de app geboekt, gegevens chauffeur zijn bekend. Aangifte."),
    ("seksuele_gerichtheid", "woning", "Mld. en zijn partner reageerden op een huurwoning. De verhuurder vroeg wie 'de vrouw' was. Toen ze zeiden dat ze twee mannen zijn, appte hij: 'Dan gaat het niet door, geen homo's in mijn pand.' WhatsApp-bericht in bijlage."),
    ("seksuele_gerichtheid", "online", "Screenshots van reacties onder een Instagrampost van AG (lesbische vlogger): 'die p0t moet gewoon een keer goed gepakt worden door een echte vent' en 'fl1kk3rs en l3sb0s aan de gaskraan'. AG doet aangifte."),
    ("seksuele_gerichtheid", "buren", "Overbuurman maakt steeds kusgeluiden en roept 'hé Janet' als mld. met zijn vriend de deur uit komt, en gooide eieren tegen hun raam. Vandaag riep hij 'ik sla de homo uit jullie'. Mld. wil aangifte van bedreiging."),
    ("seksuele_gerichtheid", "geweld", "Na afloop van de Pride werd slachtoffer, die een regenboogvlag als cape droeg, in de trein door twee mannen geslagen. Een van hen riep 'hier heb je je trots, flikker'. Conducteur alarmeerde de politie, vdt. aangehouden op het station."),
    ("seksuele_gerichtheid", "werk", "Sollicitante kreeg tijdens het gesprek de vraag of ze 'een vriendje' had. Toen ze antwoordde een vriendin te hebben werd het gesprek afgekapt. Later hoorde ze van een werknemer dat de directeur 'geen potten op kantoor' wil."),
    ("seksuele_gerichtheid", "politie", "Klacht: mld. wilde aangifte doen van mishandeling door zijn ex-partner (man). Volgens mld. zei de agent aan de balie: 'Twee kerels die elkaar een klap geven, dat is toch gewoon stoeien, jullie homo's zijn zo dramatisch.' Aangifte werd toen niet opgenomen."),
    ("seksuele_gerichtheid", "zorg", "Mld. verklaart dat de tandarts, na het horen dat hij met een man getrouwd is, zei dat hij voortaan alleen aan het eind van de dag terecht kon 'vanwege besmettingsgevaar bij homo's'. Mld. heeft geen aandoening. Andere patiënten worden gewoon ingepland."),
    ("seksuele_gerichtheid", "school", "Docent biologie zei tijdens de les over voortplanting: 'Homoseksualiteit is een ziekte, daar moet je je voor laten behandelen.' Een leerling die net uit de kast is verliet huilend de klas. Ouders doen melding."),
    ("seksuele_gerichtheid", "winkel", "Banketbakker weigerde de bestelling van een bruidstaart af te ronden toen bleek dat het om twee vrouwen ging. In een mail schreef hij: 'zoiets vier ik niet, dat is tegen de natuur, zoek maar een andere bakker'. Mail in bijlage."),
    ("seksuele_gerichtheid", "bedreiging", "Bij de uitgang van een homobar aan de Zeedijk stond een man die naar bezoekers riep 'ik steek jullie allemaal kapot, vuile nichten'. Toen de portier naar hem toe liep trok hij een mes. Vdt. aangehouden, mes in beslag."),
    ("seksuele_gerichtheid", "online", "AG (raadslid) ontvangt per e-mail berichten als 'jij bent een homo die onze kinderen wil bekeren, pas maar op als je in het donker naar huis fietst'. De berichten begonnen na zijn pleidooi voor seksuele voorlichting op scholen."),
    ("seksuele_gerichtheid", "graffiti", "Op de deur van het COC-gebouw is een sticker geplakt met een doorgestreepte regenboog en de tekst 'Sodom en Gomorra, bekeer je'. Het bestuur meldt dat dit de vierde keer dit jaar is."),
    ("seksuele_gerichtheid", "sport", "Vader meldt dat zijn zoon (17) na zijn coming-out in de kleedkamer door teamgenoten 'kankerhomo' werd genoemd. Zijn kleren werden onder de douche gegooid en hij is uit de teamapp gezet. Trainer zou het gezien hebben."),
    ("seksuele_gerichtheid", "dienstverlening", "Twee vrouwen hadden een intakegesprek voor hun huwelijk op het gemeentehuis. De trouwambtenaar zei: 'Ik doe geen homohuwelijken, regel maar een ander, dit is tegen mijn principes en eigenlijk tegen de natuur.' Gemeente heeft het incident bevestigd."),
    ("seksuele_gerichtheid", "buren", "Buurvrouw verspreidt in de buurtapp dat mld. (biseksuele vrouw) 'een lesbohoer' is die 'onze kinderen verziekt'. Ze heeft de kinderen van de straat verboden nog bij mld. in de tuin te spelen. Screenshots in bijlage."),
    ("seksuele_gerichtheid", "geweld", "Slachtoffer liep met zijn vriend over de dijk toen vanuit een passerende auto 'homo's!' werd geroepen en een vol blikje werd gegooid. Het blikje raakte hem tegen het hoofd. Kenteken gedeeltelijk bekend, begint met XL."),
    # -------------------------------------------------------- genderidentiteit
    ("genderidentiteit", "horeca", "Mld. (transvrouw) werd door de portier geweigerd op de ladies night: 'jij bent geen vrouw, jij hoeft hier helemaal niet in'. Haar twee vriendinnen mochten wel naar binnen. Ze heeft een geldig ID met geslacht V."),
    ("genderidentiteit", "geweld", "Slachtoffer (transvrouw, 29) werd bij de tramhalte door een man in het gezicht geslagen nadat hij riep 'wat ben jij, een vent in een jurk? Walgelijk ding'. Omstanders hielpen haar. Vdt. gevlucht richting centrum, signalement uitgegeven."),
    ("genderidentiteit", "werk", "AG is in transitie. Haar leidinggevende blijft haar bij haar oude mannelijke naam noemen en zei in het teamoverleg 'ik noem hem pas zij als hij geopereerd is'. Kort daarna is zij overgeplaatst naar een functie zonder klantcontact."),
    ("genderidentiteit", "online", "Screenshots van X: onder een foto van AG (non-binair) staan reacties als 'het', 'tr@nsj3 moet je gewoon castreren' en 'ziek in je kop, laat je opnemen'. Eén account woont volgens AG in dezelfde stad."),
    ("genderidentiteit", "school", "Leerling (16) die zich identificeert als jongen wordt door de gymleraar gedwongen zich bij de meisjes om te kleden. Leraar zei: 'Je bent een meisje, klaar, al die onzin doen we hier niet.' Medeleerlingen lachten. Ouders doen melding."),
    ("genderidentiteit", "dienstverlening", "Mld. (transman) wilde bij de bank zijn gegevens laten aanpassen. De medewerker riep door de hal 'mevrouw, uw paspoort klopt niet met wat ik zie' en noemde hem 'dat ding' tegen een collega. Zijn paspoort vermeldt al geslacht M."),
    ("genderidentiteit", "buren", "De buurjongens roepen dagelijks 'travo' en 'hé meneer' naar mld. (transvrouw). Vandaag was haar brievenbus volgepropt met hondenpoep en een briefje 'verhuis, freak'. Ouders van de jongens aangesproken door wijkagent."),
    ("genderidentiteit", "zorg", "Mld. (transvrouw) verklaart dat een verpleegkundige op de SEH weigerde haar op een vrouwenzaal te leggen en op de gang zei 'die vent hoort niet bij onze dames'. Ze heeft uren op de gang gelegen. Klachtenfunctionaris ziekenhuis ingelicht."),
    ("genderidentiteit", "vervoer", "In de bus werd mld. (non-binair, droeg rok en make-up) door de chauffeur gesommeerd uit te stappen: 'ik wil geen gedoe in mijn bus met zulke types'. Mld. had een geldig abonnement en gedroeg zich rustig, volgens een medereiziger die ook belde."),
    ("genderidentiteit", "bedreiging", "Bibliotheek heeft een voorleesuurtje met een dragqueen gepland. Via het contactformulier ontving de bieb: 'als dat travestietje komt voorlezen gaan er koppen rollen, wij staan zaterdag voor de deur'. Bieb vraagt om toezicht tijdens de activiteit."),
    ("genderidentiteit", "sport", "Mld. (transvrouw) werd bij de hockeyclub uit de kleedkamer gezet door een teamgenote die riep 'mannen horen hier niet, pervert'. Het bestuur had haar lidmaatschap goedgekeurd. De teamgenote maakte een foto van haar en deelde die."),
    ("genderidentiteit", "winkel", "Mld. (transvrouw) mocht in een kledingwinkel niet in de damespaskamer. Verkoopster riep door de winkel 'meneer, de herenpaskamers zijn daar'. Toen mld. uitlegde dat ze trans is, zei de verkoopster 'dat maakt niet uit, je blijft een man'."),
    ("genderidentiteit", "politie", "Klacht over bejegening: bij een aanhouding werd bet. (transvrouw) door verb. herhaaldelijk met 'meneer' aangesproken en vroeg verb. 'wat zit er eigenlijk in je broek' tot hilariteit van omstanders. Een collega van verb. heeft dit zelf gemeld."),
    ("genderidentiteit", "graffiti", "Op de muur van het transgender-inloophuis is gespoten 'ER ZIJN MAAR 2 GESLACHTEN' en 'TRANNIES = PEDO'S'. Medewerker deed melding bij aankomst. Foto's gemaakt, verf nog nat."),
    ("genderidentiteit", "online", "AG is een bekende transvrouw en presentatrice. Via Instagram-DM ontving zij: 'Ik weet waar je woont, ik kom je laten zien wat een echte man met zo'n nepwijf doet.' Het account stuurde eerder soortgelijke berichten. Doorgezet naar recherche."),
    ("genderidentiteit", "werk", "Sollicitant (non-binair) kreeg na het gesprek een afwijzing per mail: 'Wij zoeken een stabiel persoon. Iemand die nog niet weet of hij man of vrouw is past niet in ons team.' Mail bijgevoegd, AG wil aangifte."),
    ("genderidentiteit", "school", "Student (transman) meldt dat een docent bij de presentielijst steeds zijn oude meisjesnaam hardop noemt, hoewel zijn naam officieel is gewijzigd. De docent zei tegen de groep: 'Ik doe niet mee aan die gendergekte.'"),
    ("genderidentiteit", "geweld", "Groep jongeren volgde mld. (transvrouw) van het station tot haar straat, trok aan haar pruik en riep 'laat je lul eens zien'. Ze werd tegen een hek geduwd en viel. Buurtbewoner belde 112, jongeren weggerend."),
    # ---------------------------------------------------------------- geslacht
    ("geslacht", "werk", "AG kreeg na het melden van haar zwangerschap te horen dat haar contract niet wordt verlengd. Manager zei letterlijk: 'We kunnen geen zwangere vrouwen gebruiken in dit team.' Twee mannelijke collega's met dezelfde beoordeling kregen wel verlenging."),
    ("geslacht", "werk", "Mld. is automonteur. Collega's hebben een kalender met naakte vrouwen opgehangen met haar gezicht erop geplakt en roepen 'wijven horen in de keuken, niet in de werkplaats'. Chef reageerde met 'kun je geen grapje hebben?'"),
    ("geslacht", "online", "AG (journaliste) ontvangt na haar artikel tientallen reacties als 'domme k*twijven moeten hun bek houden' en 'vrouwen hadden nooit stemrecht moeten krijgen, ik kom je een keer opzoeken'. Screenshots bijgevoegd."),
    ("geslacht", "sport", "Scheidsrechter (vrouw, 24) meldt dat een trainer tijdens de wedstrijd riep: 'Ga lekker terug naar het aanrecht, vrouwen kunnen niet fluiten.' Na afloop werd ze in de bestuurskamer opnieuw uitgemaakt voor 'dom wijf'."),
    ("geslacht", "horeca", "Mld. verklaart dat ze in een biljartcafé geen tafel mocht huren: 'vrouwen spelen hier niet, dit is voor mannen'. Haar mannelijke vrienden konden direct daarna dezelfde tafel huren. Eigenaar bevestigt dit beleid zelf tegen rapp."),
    ("geslacht", "dienstverlening", "Mld. bracht haar auto voor een reparatie naar de garage. De monteur vroeg of 'haar man' niet kon komen, omdat hij 'met vrouwen niet over auto's praat', en weigerde haar de offerte mee te geven."),
    ("geslacht", "woning", "Verhuurder schreef in een advertentie 'alleen mannelijke huurders, vrouwen geven gedoe'. Mld. reageerde toch en kreeg als antwoord: 'Sorry, geen meiden, dat had ik toch geschreven.' Screenshot bijgevoegd."),
    ("geslacht", "school", "Leerling (17) meldt dat haar docent techniek zei 'meiden horen niet op deze opleiding, jullie komen hier toch alleen voor een vriendje'. Zij kreeg als enige van de klas geen stageplek aangeboden door deze docent."),
    ("geslacht", "geweld", "Melding via 112: vrouw werd bij de bushalte door een man achtervolgd die riep 'vrouwen zijn er om te neuken, kom hier hoer' en haar in haar billen kneep. Vdt. aangehouden. Camerabeelden van de halte veiliggesteld."),
    ("geslacht", "politie", "Mld. meldt dat de agent bij haar melding van stalking zei: 'Vrouwen overdrijven altijd, kom maar terug als er echt iets gebeurt.' Haar broer, die dezelfde stalker meldde, werd wel gehoord en er werd een mutatie gemaakt."),
    ("geslacht", "werk", "Mld. (man) werd afgewezen als pedagogisch medewerker bij een kinderopvang met als reden 'ouders willen geen mannen bij het verschonen'. Een vrouwelijke kandidaat met minder ervaring werd aangenomen. Afwijzingsmail in bijlage."),
    ("geslacht", "bedreiging", "AG (raadslid) ontving een brief: 'Vrouwen horen niet in de politiek. Stop ermee of ik zorg dat je nooit meer je mond open kunt doen.' Het is de tweede brief deze maand. Beide veiliggesteld."),
    ("geslacht", "winkel", "Mld. wilde in een bouwmarkt een kettingzaag kopen. Verkoper weigerde: 'Aan vrouwen verkoop ik die niet, stuur je man maar.' Mld. is hovenier van beroep en heeft een eigen bedrijf."),
    ("geslacht", "online", "In een Telegramgroep van zogenaamde incels wordt een foto van AG verspreid met de tekst 'dit soort femoids moet je gewoon verkrachten'. AG herkende een oud-klasgenoot als beheerder van de groep. Aangifte."),
    ("geslacht", "graffiti", "Op de muur van het vrouwencentrum is gespoten 'FEMINAZIS = HOEREN' en 'WIJVEN TERUG NAAR HET AANRECHT'. Medewerker deed melding om 08.30 uur. Foto's gemaakt."),
    ("geslacht", "werk", "AG ontdekte dat haar mannelijke collega met dezelfde functie 600 euro per maand meer verdient. Toen zij dit aankaartte schreef HR: 'Hij heeft een gezin te onderhouden. Jij bent een vrouw, jij hebt toch een man.' Mail in bezit."),
    ("geslacht,leeftijd", "werk", "Mld. (31) kreeg geen promotie. De directeur zei tegen haar: 'Ongetrouwde vrouwen van jouw leeftijd gaan toch binnenkort kinderen krijgen, dat risico neem ik niet.' Een mannelijke collega van 33 kreeg de functie."),
    ("overig,geslacht", "woning", "Mld. (gescheiden, twee kinderen) kreeg van de verhuurder te horen: 'Ik verhuur niet aan gescheiden vrouwen met kinderen, die hebben nooit geld en geven alleen maar gedoe.' Mld. heeft een vaste baan. Bericht opgeslagen."),
    # ---------------------------------------------------------------- handicap
    ("handicap", "horeca", "Mld. (blind) werd met zijn geleidehond de toegang tot een restaurant geweigerd: 'Geen honden, ook niet van blinden.' Mld. wees op de wet en toonde zijn geleidehondpas, eigenaar zei 'ga maar naar de rechter'. Aangifte opgenomen."),
    ("handicap", "vervoer", "Taxichauffeur weigerde mld. met geleidehond mee te nemen. Mld. had de rit via de app geboekt; de chauffeur reed weg na het zien van de hond en stuurde 'geen honden' in de chat. Volgens mld. de derde keer deze maand."),
    ("handicap", "school", "Ouder meldt dat haar zoon met het syndroom van Down door klasgenoten 'mongool' en 'downie' wordt genoemd. Er worden filmpjes gedeeld op Snapchat waarin hij wordt nagedaan. School zou niet ingrijpen."),
    ("handicap", "werk", "Mld. (autisme) kreeg van zijn leidinggevende te horen: 'Met zo'n autist ga ik niet naar de klant, je bent een risico voor ons imago.' Hij werd daarna van het project gehaald. E-mail met die tekst in bijlage."),
    ("handicap", "geweld", "Slachtoffer (rolstoelgebruiker) werd door twee jongens uit zijn rolstoel geduwd terwijl ze het filmden en riepen 'loop dan, kankerinvalide'. Het filmpje gaat rond op TikTok. Vdt. herkend door wijkagent."),
    ("handicap", "buren", "Buurman roept tegen mld. (doof) 'doofstomme idioot' en doet haar gebarentaal spottend na. Hij heeft de flitsbel van haar voordeur kapotgetrokken. Buurtbemiddeling loopt, nu aangifte vernieling."),
    ("handicap", "winkel", "Mld. (loopt met rollator) werd door een winkelmedewerker gevraagd de winkel te verlaten: 'Je staat in de weg, bestel maar online, dit is geen winkel voor gehandicapten.' Mld. weet de naam van de medewerker."),
    ("handicap", "dienstverlening", "Mld. (slechtziend) wilde een rekening openen. De bankmedewerker weigerde omdat 'blinden niet zelfstandig kunnen tekenen' en eiste dat er een begeleider meekwam. Mld. is volledig handelingsbekwaam en woont zelfstandig."),
    ("handicap", "online", "In de buurtappgroep werd een foto van de zoon van AG (verstandelijke beperking) geplaatst met de tekst 'deze debiel hoort in een gesticht, niet in onze straat'. Meerdere buren reageerden met lachende emoji's. AG doet aangifte."),
    ("handicap", "woning", "Mld. (MS, rolstoel) reageerde op een benedenwoning. Verhuurder appte: 'Ik verhuur niet aan gehandicapten, dat geeft alleen maar aanpassingen en gezeik.' Appberichten in bezit van mld."),
    ("handicap", "sport", "Mld. wilde zijn zoon (9, ADHD en autisme) inschrijven bij de judoclub. Trainer zei: 'Wij nemen geen kinderen met een rugzakje, die verpesten de les.' Dezelfde week werd een vriendje zonder diagnose wel ingeschreven."),
    ("handicap", "horeca", "Mld. in rolstoel werd op een terras geweigerd: 'Rolstoelen nemen te veel ruimte in, daar hebben we geen zin in.' Volgens mld. waren meerdere tafels vrij. Een gezin met kinderwagen kreeg direct daarna wel een tafel."),
    ("handicap", "bedreiging", "AG (epilepsie) werd door een collega bedreigd: 'Als je weer zo'n aanval krijgt laat ik je liggen tot je crepeert, spast.' AG voelt zich niet meer veilig op het werk. Getuige aanwezig."),
    ("handicap", "vervoer", "Buschauffeur weigerde de oprijplaat uit te klappen en zei tegen mld. in haar rolstoel: 'Voor jullie soort is er de regiotaxi.' Mld. moest 40 minuten wachten op de volgende bus. Tijd en lijnnummer bekend."),
    ("handicap", "bedreiging", "Op de auto van mld., geparkeerd op een gehandicaptenplaats met geldige kaart, lag een briefje: 'Nep-invalide, volgende keer steek ik je banden lek, mongool.' Mld. heeft een ernstige longziekte. Briefje veiliggesteld."),
    ("handicap", "zorg", "Moeder meldt dat een arts in het ziekenhuis haar dochter (verstandelijke beperking) in haar bijzijn 'een plantje' noemde en zei 'bij dit soort mensen heeft behandelen weinig zin'. Klacht ook ingediend bij het ziekenhuis."),
    ("handicap", "politie", "Klacht: mld. (doof) werd bij een verkeerscontrole geen tolk gebarentaal aangeboden. Verb. zei 'als je niet kan horen moet je ook niet autorijden' en lachte met zijn collega. Bodycambeelden worden opgevraagd."),
    ("handicap", "werk", "Nadat mld. zijn hiv-status had verteld werd hij door zijn werkgever uit de keuken gehaald: 'Jij komt niet meer aan het eten, ik wil geen aids in mijn zaak.' De bedrijfsarts heeft bevestigd dat er geen enkel risico is."),
    ("handicap", "online", "Reacties onder een Facebookpost van AG (kleine gestalte door dwerggroei): 'k4b0ut3r, pas op dat je niet onder m'n schoen komt' en 'freakshow, opsluiten in het circus'. AG wil aangifte."),
    # ---------------------------------------------------------------- leeftijd
    ("leeftijd", "werk", "Mld. (58) solliciteerde als magazijnmedewerker. De recruiter zei telefonisch: 'U bent te oud, wij zoeken jong talent tot 35.' In de vacature stond geen leeftijdseis. Mld. heeft het gesprek opgenomen."),
    ("leeftijd", "werk", "AG (61) wordt door zijn nieuwe leidinggevende 'opa' genoemd en kreeg te horen 'wanneer ga je nou eens met pensioen, je bent hier alleen nog duur'. Hij is als enige niet uitgenodigd voor de training van het nieuwe systeem."),
    ("leeftijd", "horeca", "Groep van vier vrouwen van rond de 65 werd bij een strandtent geweigerd: 'Dit is geen bejaardensoos, we willen hier jong publiek.' Een jongere groep die na hen kwam mocht wel naar binnen. Er was volgens mld. plek genoeg."),
    ("leeftijd", "online", "Op TikTok plaatst een jongen filmpjes van AG (82) die met haar rollator de supermarkt in loopt, met teksten als 'boomer moet dood' en 'ruim die ouwe op'. De kleindochter van AG zag het en doet samen met haar melding."),
    ("leeftijd", "woning", "Mld. (67) reageerde op een appartement. De makelaar zei: 'Wij verhuren liever niet aan ouderen, die gaan snel dood en dan moeten we weer zoeken.' Het appartement ging naar een stel van 30 dat later reageerde."),
    ("leeftijd", "buren", "Jongeren uit de straat bellen steeds aan bij mevrouw (89) en roepen door de brievenbus dat 'bejaarden geen huis verdienen, maak plaats voor jonge mensen'. Ze gooien steentjes tegen haar raam. Zij durft niet meer naar buiten."),
    ("leeftijd", "dienstverlening", "Mld. (75) wilde bij de bank internetbankieren aanvragen. Medewerker zei: 'Op uw leeftijd geven we dat niet, dat gaat toch mis.' Mld. gebruikt al 15 jaar een computer en heeft bij een andere bank wel toegang."),
    ("leeftijd", "vervoer", "Buschauffeur riep tegen mld. (78), die rustig instapte: 'Schiet eens op, ouwe, jullie moeten gewoon thuisblijven, jullie kosten alleen maar geld.' Hij trok op voordat ze zat, waardoor ze viel. Kneuzing heup."),
    ("leeftijd", "school", "Docent (63) meldt dat een collega in de personeelsapp schreef 'die ouwe moet weg, die snapt niks meer van jongeren'. De directie heeft daarna haar lesuren ingekort 'om plaats te maken voor vers bloed'."),
    ("leeftijd", "werk", "Mld. (19) kreeg bij een sollicitatie als verkoper te horen dat hij 'te jong' was: 'jonge gasten zijn onbetrouwbaar, die komen nooit op tijd'. De vacature vroeg mbo-2, dat diploma heeft hij. Afwijzing per mail bevestigd."),
    ("leeftijd", "winkel", "Mld. (16) werd met twee vrienden bij de drogisterij niet binnengelaten: 'Geen jongeren zonder ouders, jullie jatten toch.' Volwassen klanten liepen wel door. Er hing geen bordje of huisregel bij de ingang."),
    ("leeftijd", "zorg", "Dochter van mld. (85) meldt dat een arts op de SEH zei: 'Op haar leeftijd gaan we geen scan meer doen, dat is zonde van het geld.' Mld. had een val gemaakt met hoofdletsel. Klacht ook bij het ziekenhuis ingediend."),
    ("leeftijd", "online", "In een Facebookgroep wordt gereageerd op een foto van AG (70, raadslid): 'ouwe zak, jouw generatie heeft alles verpest, ga dood' en 'ik weet waar die ouwe op dinsdag bridget'. AG doet aangifte bedreiging."),
    ("leeftijd", "geweld", "Slachtoffer (81) werd in de supermarkt door een man geduwd die riep 'jullie bejaarden houden altijd de rij op, rot op naar je verzorgingshuis'. Slachtoffer viel tegen een schap, schaafwond hoofd. Vdt. bekend via camerabeelden."),
    ("leeftijd", "sport", "Mld. (68) werd als lid geweigerd bij een sportschool: 'Wij willen geen ouderen, dat past niet bij ons imago.' Zijn zoon van 40 kon zich direct bij dezelfde medewerker inschrijven. Mld. wil melding."),
    ("leeftijd", "woning", "Mld. (24) reageerde op een huurwoning. De makelaar schreef terug: 'We verhuren niet aan mensen onder de 30, jongeren feesten en betalen niet.' Mld. heeft een vast contract en voldoende inkomen. Mail in bijlage."),
    ("leeftijd", "politie", "Mld. (77) wilde aangifte doen van oplichting. De baliemedewerker zei 'mevrouw, op uw leeftijd moet u gewoon niet meer zelf bankieren, dit is eigen schuld' en weigerde de aangifte op te nemen. Zoon van mld. diende klacht in."),
    # ------------------------------------------------------------------ overig
    ("overig", "buren", "Bewoners van de woonwagenlocatie melden dat een buurtbewoner een petitie rondbrengt met de tekst 'woonwagentuig moet weg, het zijn allemaal dieven'. Vannacht werden twee wagens met eieren bekogeld. Wijkagent gaat langs."),
    ("overig", "horeca", "Mld. woont op een woonwagenlocatie. Bij de ingang van de feestzaal werd hij geweigerd: 'Kampers komen hier niet binnen.' De portier kende zijn adres uit het dorp. Vrienden uit een rijtjeshuis mochten wel naar binnen."),
    ("overig", "bedreiging", "AG is gemeenteraadslid voor een rechtse partij. Hij ontving een brief: 'Fascistenpartij, als je blijft gaat je huis in de fik.' Vorige week is zijn auto beklad met NAZI. Aangifte bedreiging, extra aandacht van wijkagent."),
    ("overig", "werk", "Mld. werd in zijn proeftijd ontslagen nadat zijn werkgever zag dat hij op de kieslijst van een politieke partij staat. Leidinggevende zei: 'Met jouw linkse praatjes wil ik je hier niet meer hebben.' Mld. heeft een getuige."),
    ("overig", "dienstverlening", "Dakloze man werd door de beveiliger van de bibliotheek de toegang geweigerd met de opmerking 'zwervers blijven buiten'. Hij gedroeg zich rustig en heeft een geldige bibliotheekpas. Medewerker van de daklozenopvang deed melding."),
    ("overig", "geweld", "Slachtoffer (dakloos) werd slapend in een portiek door drie jongeren geschopt. Zij filmden het en riepen 'vieze zwerver, jij bent geen mens'. Het filmpje staat op Snapchat. Slachtoffer met ribletsel naar SEH."),
    ("overig", "online", "AG voert actie bij een klimaatgroep. Op X wordt zij door een account bedreigd: 'klimaatterroristen moet je gewoon overrijden, ik zie je zaterdag op de A12, linkse rat'. Aangifte bedreiging."),
    ("overig", "horeca", "Mld. werd uit een café gezet nadat de eigenaar hoorde dat hij op de boerenpartij stemt: 'Boerenpartijstemmers komen er bij mij niet in.' Mld. had niets misdaan en had al besteld. Getuigen aanwezig."),
    ("overig", "school", "Ouders melden dat de leraar hun zoon, die op een woonwagenlocatie woont, 'kampkind' noemt en steeds achteraan laat zitten 'want jullie pikken toch alles'. Andere leerlingen zijn hem ook zo gaan noemen."),
    ("overig", "graffiti", "Op de voordeur van mld., die een poster van een linkse partij voor het raam heeft, is gekalkt 'LINKSE RATTEN WE MAKEN JULLIE AF'. Mld. doet aangifte. Foto's gemaakt, buurtonderzoek."),
    ("overig", "winkel", "Supermarktmedewerker weigerde mld. (dakloos, verkoopt de daklozenkrant) zijn statiegeldbon in te wisselen: 'Jullie soort zwervers komen hier niet.' De klant vóór hem kreeg wel gewoon zijn geld. Mld. wil melding."),
    ("overig", "dienstverlening", "Mld. woont op een woonwagenlocatie. Bij de verzekeraar kreeg hij te horen: 'Wij verzekeren geen woonwagenbewoners, dat soort volk claimt te veel.' Zijn buurman in een rijtjeshuis kreeg dezelfde inboedelverzekering wel."),
    ("overig", "werk", "Mld. solliciteerde bij een schoonmaakbedrijf. De planner zei: 'Iemand uit Kanaleneiland neem ik niet, daar wonen alleen maar criminelen.' Mld. heeft het gesprek opgenomen. Haar vriendin uit een andere wijk werd wel aangenomen."),
    ("overig", "online", "Op de Facebookpagina 'Ongewenst in de binnenstad' is een foto geplaatst van mld. (dakloos) met zijn voornaam: 'Ongedierte, wie ruimt hem eindelijk op?'. Tientallen reacties met 'afmaken'. Medewerker nachtopvang toont screenshots."),
    ("overig", "woning", "Mld. en haar vriend (ongetrouwd samenwonend) reageerden op een huurwoning. Verhuurder schreef: 'Ik verhuur alleen aan getrouwde stellen, samenwonen zonder boterbriefje is zonde.' Mail in bijlage."),
    ("overig,godsdienst", "geweld", "Bij de ingang van een politieke bijeenkomst van een christelijke partij werd een deelnemer bespuugd en geduwd door een man die riep 'christenfascisten, jullie horen hier niet'. Vdt. aangehouden door surveillance."),
    ("overig", "bedreiging", "Mld. is raadslid voor een lokale partij. Na een debat over de komst van een windpark ontving zij een brief: 'Jouw soort verraders hoort aan de lantaarnpaal.' Dezelfde brief lag in de bus bij twee partijgenoten."),
]

# (kind, text)
NEUTRAAL = [
    # ------------------------------------------------------------ beschrijving
    ("beschrijving", "Winkeldiefstal Albert Heijn Centrum. Signalement vdt.: man, ca. 25 jr, Noord-Afrikaans uiterlijk, kort zwart haar, grijs Nike-trainingspak, witte sneakers. Vluchtte richting station. Camerabeelden opgevraagd bij filiaalmanager."),
    ("beschrijving", "Aangifte woninginbraak. Aangver heeft de Poolse nationaliteit en spreekt beperkt Nederlands; aangifte opgenomen met een tolk Pools via de tolkentelefoon. Weggenomen: laptop, sieraden en ca. 300 euro contant. Binnengekomen via kiepraam."),
    ("beschrijving", "Mutatie: fietsdiefstal bij de moskee aan de Insulindeweg tijdens het vrijdaggebed. Slot doorgeknipt, fiets (zwarte Cortina) weg. Het moskeebestuur biedt camerabeelden van de ingang aan."),
    ("beschrijving", "Verkeersongeval t.h.v. de synagoge aan de Lekstraat: bestelbus raakte bij het keren een geparkeerde auto. Geen gewonden, blikschade. Gegevens uitgewisseld, geen pv."),
    ("beschrijving", "Mld. is in de nacht van zaterdag op zondag in een homobar in de Reguliersdwarsstraat zijn portemonnee kwijtgeraakt. Vermoedt een zakkenroller bij de garderobe, maar zag niemand. Pinpassen geblokkeerd."),
    ("beschrijving", "Verloren voorwerp: tijdens de Pride Walk is mld. haar telefoon (iPhone 13, roze hoesje) verloren t.h.v. het Museumplein. Via 'zoek mijn iPhone' geen locatie, toestel staat uit. IMEI genoteerd."),
    ("beschrijving", "Getuigenverhoor afgenomen met tolk Arabisch. Getuige is een 34-jarige Syrische vrouw die in het AZC woont; zij zag vanaf de stoep hoe een scooter een fietser aanreed en doorreed richting Markt."),
    ("beschrijving", "Vermissing: man, 78 jr, dementerend, Surinaamse afkomst, donkere huidskleur, grijs krullend haar, draagt bruine jas en geruite pet. Om 14.00 uur vertrokken uit het verpleeghuis. Burgernet ingezet."),
    ("beschrijving", "Aangifte oplichting via Marktplaats. AG is slechthorend; de aangifte is schriftelijk afgenomen en AG las mee op het scherm. Hij betaalde 250 euro voor een PlayStation die nooit is geleverd."),
    ("beschrijving", "Melding via 112: man tijdens de zondagsdienst in de kerk aan de Markt onwel geworden. Kerkgangers startten reanimatie, AED gebruikt. Ambulance ter plaatse, man naar ziekenhuis vervoerd."),
    ("beschrijving", "Inbraak in auto op de parkeerplaats naast het COC-gebouw. Zijruit ingeslagen, navigatiesysteem en zonnebril weg. Eigenaar is vrijwilliger bij het COC en had de auto daar tijdens een vergadering geparkeerd."),
    ("beschrijving", "Signalement vdt. tasjesroof: blanke man, 30-35 jaar, kaal, tatoeage in de nek, sprak met een Brabants accent. Vluchtte op een zwarte scooter zonder kenteken richting de Ringbaan."),
    ("beschrijving", "Verkeerscontrole A1: bestuurder, Turkse nationaliteit, woonachtig in Duitsland, reed 42 km/u te hard. Boete ter plaatse voldaan via pin (buitenlandse bestuurder)."),
    ("beschrijving", "Bij de ingang van het AZC aan de Ariënsstraat werd een scooter zonder kenteken in de berm aangetroffen. Eigenaar onbekend, niet als gestolen gesignaleerd. Scooter naar depot."),
    ("beschrijving", "Getuige verklaarde dat zij met haar vrouw thuis op de bank zat toen zij rond 03.00 uur glasgerinkel hoorde bij de buren. Ze zag twee mannen in donkere kleding over de schutting klimmen."),
    ("beschrijving", "Aanrijding fietser-auto bij de ingang van de joodse begraafplaats aan de Zeeweg. Fietser lichtgewond aan de knie, zelf naar huis. Bestuurder auto bleef ter plaatse."),
    ("beschrijving", "Aangifte met tolk Tigrinya. AG (Eritreeër, 19) verklaart dat zijn telefoon uit zijn jaszak is gestolen in bus 12, vermoedelijk bij het uitstappen in de drukte. Geen verdachte gezien."),
    ("beschrijving", "Signalement: twee jongens, ca. 16 jaar, Marokkaans uiterlijk, één met rode jas van Moncler, de ander met zwarte pet. Zij sloegen de ruit van het bushokje in en renden het park in."),
    ("beschrijving", "Tijdens de Pride-botenparade was het druk op de Prinsengracht; één persoon is onwel geworden door de warmte en is door EHBO ter plaatse behandeld. Verder rustig verlopen."),
    ("beschrijving", "AG (doof) kwam aan de balie met haar dochter, die tolkte in gebarentaal. Aangifte vernieling: buitenspiegel van haar auto afgetrapt in de nacht. Buurvrouw heeft mogelijk camerabeelden."),
    ("beschrijving", "Mutatie: in de hindoetempel aan de Vaart is een tas met inhoud gevonden; beheerder bracht deze naar het bureau. Eigenaar via ID-kaart in de tas bereikt en opgehaald."),
    ("beschrijving", "Aanhouding winkeldiefstal: vdt. heeft de Roemeense nationaliteit en geen vaste woon- of verblijfplaats. In bezit van een met folie beklede tas en 12 flessen parfum. Ingesloten, ZSM-zaak."),
    ("beschrijving", "Vermissing: jongen (14), Afghaanse afkomst, spreekt Dari en weinig Nederlands, verblijft op een gezinslocatie van het COA. Om 22.10 uur weer thuis aangetroffen, was bij een vriend in Amersfoort."),
    ("beschrijving", "Melding via 112: man met psychische klachten, Ghanese nationaliteit, loopt met ontbloot bovenlijf over de Coolsingel en spreekt voorbijgangers aan. Ambulance en verb. ter plaatse, overgedragen aan crisisdienst GGZ."),
    ("beschrijving", "Buurtonderzoek na woninginbraak. Buurvrouw (83, loopt met rollator) zag rond 10.30 uur een blanke man met zwarte rugzak uit de achtertuin komen. Bewoners van de Kerkstraat en het bestuur van de moskee tegenover hebben niets gezien."),
    ("beschrijving", "Mld. belde dat zijn ex-vriend suïcidale berichten stuurde. Verb. naar adres voor welzijnscontrole; ex-partner aangetroffen, in orde, heeft contact opgenomen met zijn huisarts."),
    ("beschrijving", "Op het Homomonument viel een fietser over een bloemstuk dat op de treden lag. Lichte schaafwond, geen derden betrokken. Gemeente gevraagd de plek beter te markeren tijdens herdenkingen."),
    ("beschrijving", "Winkeldiefstal Action: vdt. vrouw, ca. 30 jr, zwarte hoofddoek en lange grijze jas, stopte make-up in haar tas. Aangehouden door bedrijfsrecherche. Geen ID bij zich, ingesloten voor vaststelling identiteit."),
    ("beschrijving", "AG (16) doet in bijzijn van zijn moeder aangifte van diefstal van zijn scooter bij het skatepark. Volgens een getuige was de dader een jongen van ongeveer 18, licht getint, krullend haar, blauwe hoodie."),
    ("beschrijving", "Aangifte in het Engels opgenomen: AG is een Amerikaanse toeriste, haar tas is van de stoel gepakt op een terras aan het Rembrandtplein. Verklaring in het Engels getypt en vertaald."),
    ("beschrijving", "Verkeersregelaar bij de joodse school meldt dat een auto op het zebrapad parkeerde tijdens het ophalen van de kinderen. Bestuurder aangesproken en bekeurd."),
    ("beschrijving", "Melding: bij het Turks-islamitisch cultureel centrum is een waterleiding gesprongen; de kelder loopt onder. Brandweer en waterbedrijf ter plaatse. Geen strafbare feiten."),
    ("beschrijving", "Getuige (man met een beperking, rijdt in een scootmobiel) zag de aanrijding op de kruising en verklaarde dat de auto door rood reed. Getuige is bereid een verklaring af te leggen, gegevens genoteerd."),
    ("beschrijving", "AG, een transvrouw, vraagt of de aangifte op haar nieuwe voornaam kan, die nog niet in de BRP is verwerkt. Genoteerd als roepnaam. Aangifte betreft diefstal van haar portemonnee uit een kluisje in de sportschool."),
    # ------------------------------------------------------------- slachtoffer
    ("slachtoffer", "Aangifte zakkenrollerij: AG (Chinese toerist, 45) merkte in de tram dat zijn portemonnee uit zijn broekzak was verdwenen. Inhoud ca. 400 euro, creditcards en zijn paspoort. Geen verdachte gezien. Doorverwezen naar ambassade voor noodpaspoort."),
    ("slachtoffer", "Woninginbraak bij een bejaard echtpaar (84 en 86) via de achterdeur terwijl zij bij hun dochter waren. Sieraden en een spaarpot weg. Sporen van een breekijzer. FO aangevraagd."),
    ("slachtoffer", "De fiets van de imam van de moskee aan de Oranjelaan is gestolen bij het station. Fiets stond op slot in het rek, geen camera op die plek. Framenummer bekend, gesignaleerd."),
    ("slachtoffer", "Babbeltruc: mevrouw (91) liet een man binnen die zich uitgaf als monteur van het waterbedrijf. Na zijn vertrek miste zij 250 euro en haar pinpas. Signalement: man, ca. 40, blauwe overall, sprak accentloos Nederlands."),
    ("slachtoffer", "Oplichting via WhatsApp (hoi-mam-fraude): AG (Turkse vrouw, 56) maakte 1.800 euro over naar een onbekend nummer dat zich voordeed als haar zoon. Bank ingelicht, terugboeking aangevraagd."),
    ("slachtoffer", "Aanrijding op het trottoir: rolstoelgebruiker werd aangereden door een fietser die op de stoep reed. Lichte schaafwonden. Fietser is doorgereden, signalement vaag: jongen met koptelefoon."),
    ("slachtoffer", "Uit de kantine van de synagoge zijn een koffiemachine en een laptop gestolen; de achterdeur is geforceerd. Deze week is in dezelfde straat ook ingebroken bij drie bedrijfspanden op dezelfde manier."),
    ("slachtoffer", "Straatroof: AG (student uit India, 23) werd om 01.30 uur door twee mannen van zijn fiets getrokken. Telefoon en laptoptas weg. Vdt. gevlucht op een scooter. Camerabeelden van het tankstation opgevraagd."),
    ("slachtoffer", "Mishandeling na aanrijding: AG (38, Marokkaanse achtergrond) kreeg een klap van een andere automobilist na een botsing op de rotonde. De ruzie ging over wie voorrang had. Beide bestuurders bekend, getuigen gehoord."),
    ("slachtoffer", "AG en zijn man kwamen thuis van vakantie en troffen hun woning doorzocht aan. Ingang via het keukenraam. In de wijk zijn deze week nog vier woningen op dezelfde manier getroffen."),
    ("slachtoffer", "Telefoon gestolen van een vrouw met hoofddoek in de bibliotheek, die haar tafel 2 minuten onbeheerd had gelaten. Camerabeelden tonen een jongen met capuchon die meerdere tafels langsloopt en telefoons bekijkt."),
    ("slachtoffer", "Eigenaar van een shoarmazaak (Syrische achtergrond) doet aangifte van inbraak: kassa opengebroken, ca. 600 euro weg. Het is de tweede inbraak in het winkelcentrum deze week, ook de kapper is getroffen."),
    ("slachtoffer", "Scooterdiefstal bij de ingang van het AZC. Eigenaar (bewoner, 27, Jemenitische nationaliteit) had de scooter op slot gezet. Ingevoerd in het register, mogelijk dezelfde dader als bij de diefstallen bij het station."),
    ("slachtoffer", "AG (17, autisme) is op Instagram opgelicht met nep-concertkaartjes; 90 euro overgemaakt via Tikkie. Moeder aanwezig bij de aangifte. Account van de verkoper is inmiddels verwijderd."),
    ("slachtoffer", "Overval op de Poolse supermarkt aan de Hoofdweg door twee gemaskerde mannen met een vuurwapen. Buit: kasgeld. Personeel ongedeerd maar geschrokken. Recherche en slachtofferhulp ingeschakeld."),
    ("slachtoffer", "Bankhelpdeskfraude: AG (79) werd gebeld door een 'medewerker van de bank' en overtuigd om zijn pinpas in een envelop mee te geven aan een koerier. Schade 4.500 euro. Koerier staat op de deurbelcamera van de buren."),
    ("slachtoffer", "AG (24, Antilliaanse achtergrond) kreeg in de rij voor de snackbar een klap van een dronken man die vond dat hij voordrong. Vdt. aangehouden, blaastest 2,1 promille. AG heeft een dikke lip."),
    ("slachtoffer", "Diefstal van de elektrische rolstoel van AG uit de gemeenschappelijke hal van de flat. AG is nu aan huis gebonden. Buurtonderzoek, foto van de rolstoel verspreid via de wijkapp."),
    ("slachtoffer", "Tijdens de jaarwisseling is de autoruit van een Ghanese taxichauffeur kapotgegaan door vuurwerk. In dezelfde straat zijn vijf andere auto's beschadigd door vuurwerk. Veel jongeren op straat, geen verdachten bekend."),
    ("slachtoffer", "Romance scam: AG (62, weduwe) maakte in een halfjaar in totaal 12.000 euro over aan een man die zich voordeed als Amerikaanse militair. Chatgeschiedenis veiliggesteld. Doorgezet naar team fraude."),
    ("slachtoffer", "AG doet aangifte van diefstal van haar tas op een terras; haar vrouw zag een man met de tas weglopen richting de tramhalte. Tas bevatte laptop, sleutels en portemonnee."),
    ("slachtoffer", "Steekincident na een drugsdeal: slachtoffer (Somalische man, 22) met snijwond aan de arm naar het ziekenhuis. Aanleiding volgens getuigen een schuld van 200 euro. Vdt. bekend bij politie."),
    ("slachtoffer", "Skimming: AG (Indonesische toeriste) pinde bij een geldautomaat op het Damrak; een dag later waren er in Bulgarije drie opnames gedaan. Automaat gecontroleerd, skimapparatuur aangetroffen."),
    ("slachtoffer", "Uit de pastorie van de protestantse kerk is de laptop van de dominee gestolen. Het raam stond open tijdens de kerkenraadsvergadering. Geen sporen, buurtonderzoek zonder resultaat."),
    ("slachtoffer", "Inbraak in de moskee: geld uit de collectebus gestolen, dader kwam binnen via het dakraam. Zelfde werkwijze als bij de twee buurthuizen eerder deze maand, waarschijnlijk dezelfde dader."),
    ("slachtoffer", "Verkeersongeval: automobilist zag bij het achteruitrijden van een parkeerplaats een scootmobiel over het hoofd. Bestuurder scootmobiel (88) lichtgewond aan het been. Automobilist bleef ter plaatse en belde zelf 112."),
    ("slachtoffer", "AG (Koerdische ondernemer) wordt bedreigd door een ex-zakenpartner vanwege een geldschuld van 15.000 euro: 'als je niet betaalt kom ik je halen'. Beiden kennen elkaar al jaren. Aangifte bedreiging."),
    ("slachtoffer", "Woninginbraak in de bovenwoning van de eigenaar van het Chinese restaurant tijdens openingstijden. Contant geld en twee horloges weg. Daders kwamen via het platte dak van de buren."),
    ("slachtoffer", "Vernieling: bij een homobar aan de Warmoesstraat is een ruit gesneuveld doordat een dronken man van zijn fiets viel en tegen de ruit klapte. Eigenaar wil de schade verhalen, man is bekend."),
    ("slachtoffer", "AG (20, lichte verstandelijke beperking) werd door een kennis overgehaald zijn bankpas uit te lenen; daarna is 800 euro opgenomen. Begeleider van de woonvoorziening aanwezig bij de aangifte."),
    ("slachtoffer", "Zakkenrollerij tijdens het Keti Koti-festival: AG (Surinaamse vrouw, 50) miste na afloop haar portemonnee uit haar heuptas. Twee andere bezoekers deden vergelijkbare aangifte."),
    ("slachtoffer", "Inbraak in het bedrijfspand van een Turkse bakkerij: kassa opengebroken en een broodsnijmachine meegenomen. Alarm ging om 04.12 uur af, daders waren weg voor aankomst verb."),
    ("slachtoffer", "Fietsdiefstal: de bakfiets van een lesbisch stel met twee kinderen is uit de voortuin gestolen; slot geknipt. Dezelfde nacht zijn in de straat nog twee bakfietsen verdwenen."),
    # ------------------------------------------------------------------- ruzie
    ("ruzie", "Melding burenruzie: mld. en buurman kregen ruzie over het snoeien van de heg op de erfgrens. Buurman riep 'klootzak, blijf van mijn heg af'. Geen geweld. Partijen uit elkaar gehaald, advies buurtbemiddeling."),
    ("ruzie", "Verkeersruzie op kruising Vondellaan: bestuurder riep naar fietser 'kijk uit je doppen, sukkel!', waarna de fietser tegen het portier trapte. Kras op portier. Beide partijen gehoord, geen aangifte."),
    ("ruzie", "Ruzie in café tussen twee vrienden over de uitslag van een voetbalwedstrijd. Er werd over en weer 'eikel' en 'lul' geroepen en één duwde de ander van de barkruk. Geen letsel, beiden naar huis gestuurd."),
    ("ruzie", "Melding via 112: ex-partner staat voor de deur van mld. en roept 'kom naar buiten, klootzak, ik wil mijn spullen terug'. Verb. ter plaatse, spullen in overleg overgedragen. Geen strafbare feiten."),
    ("ruzie", "Ruzie bij de kassa van de supermarkt over voordringen. Klant riep tegen een andere klant 'sukkel, er is een rij'. Die antwoordde 'bemoei je met je eigen zaken, lul'. Geen aangifte, beiden afgerekend en vertrokken."),
    ("ruzie", "Geluidsoverlast: mld. riep tegen de bovenburen 'zet die kutmuziek eens zachter'. Bovenbuurman kwam naar beneden, er werd 'idioot' en 'zeikerd' geroepen. Verb. hebben met beiden gesproken, muziek uit."),
    ("ruzie", "Twee maaltijdbezorgers kregen ruzie over een parkeerplek voor de pizzeria; er werd 'tyfuslijer' en 'oprotten' geroepen. Verb. sprak beiden aan, zij zijn ieder hun eigen weg gegaan."),
    ("ruzie", "Burenruzie escaleerde: bet. riep 'krijg de kanker' naar de buurvrouw nadat zij klaagde over de blaffende hond. Buurvrouw wil geen aangifte, wel registratie. Bet. gewaarschuwd."),
    ("ruzie", "Ruzie op het schoolplein tussen twee vaders na een botsing tijdens het voetballen van hun kinderen. 'Jij bent een eikel' en 'hou je bek, sukkel'. Directeur belde de politie, situatie gede-escaleerd."),
    ("ruzie", "In de tram ontstond ruzie over een tas op een stoel. Man noemde vrouw een 'egoïstisch kutmens', vrouw sloeg zijn hand weg. Bestuurder belde politie; beiden konden hun reis vervolgen."),
    ("ruzie", "Huiselijke twist: twee broers kregen ruzie over de erfenis van hun vader. 'Je bent altijd al een klootzak geweest.' Verb. ter plaatse, situatie rustig, broers gaan via de notaris verder."),
    ("ruzie", "Ruzie op de parkeerplaats van de sportschool om een parkeerplek. Vrouw riep 'asociale eikel' en maakte een foto van het kenteken, man riep 'ik sla je auto kapot'. Verb. gesprek met beiden, geen aangifte."),
    ("ruzie", "Amateurvoetbal: speler noemde de scheidsrechter 'blinde sukkel' en kreeg rood; na afloop duwde hij de scheidsrechter bij de kleedkamer. Club doet melding, tuchtzaak via de bond."),
    ("ruzie", "Zakelijk conflict tussen klusjesman en klant over een factuur. Klusjesman stuurde een app: 'je bent een oplichter en een lul, ik kom mijn geld wel halen'. Klant voelt zich bedreigd; verb. heeft de klusjesman gebeld en gewaarschuwd."),
    ("ruzie", "Moeder meldt dat twee meiden uit de klas van haar dochter via Snapchat berichten sturen als 'sukkel', 'loser' en 'niemand vindt jou leuk'. Gesprek met school geadviseerd, geen strafbaar feit."),
    ("ruzie", "Verkeersruzie op de A12: bestuurder stak bij het stoplicht zijn middelvinger op en riep 'klootzak, leer eens rijden'. De andere bestuurder volgde hem tot zijn huis. Verb. hebben beiden aangesproken."),
    ("ruzie", "Melding schreeuwende mensen op straat om 03.00 uur. Stel had ruzie na het uitgaan; hij riep 'je bent een leugenaar', zij gooide haar schoen naar hem. Geen letsel, vrouw opgehaald door haar zus."),
    ("ruzie", "Ruzie bij de ondergrondse containers: buurman verwijt mld. dat hij vuilniszakken naast de container zet. 'Viespeuk, ruim je troep op.' Mld. reageerde met 'lul'. Gemeente handhaving ingelicht."),
    ("ruzie", "Conflict tussen kapper en klant over de prijs; klant noemde de kapper 'oplichter' en 'prutser', kapper zette de klant de zaak uit. Geen letsel. Klant wil zijn geld terug, civiele kwestie."),
    ("ruzie", "Ruzie in de bouwkeet tussen twee collega's over de werkverdeling; woorden als 'luie zak' en 'eikel'. Uitvoerder belde de politie omdat een van hen een hamer oppakte. Hamer neergelegd, geen aangifte."),
    ("ruzie", "Vechtpartij tussen twee jongens van 15 na schooltijd; aanleiding was een vriendin. Ze schreeuwden 'kom dan, kankerlijer' en sloegen over en weer. Beide ouders geïnformeerd, Halt-verwijzing."),
    ("ruzie", "Ruzie tussen taxichauffeurs op de standplaats over de volgorde; 'hou je kop, sukkel' en 'tering op'. Verb. hebben de chauffeurspassen gecontroleerd en beiden gewaarschuwd."),
    ("ruzie", "Burenruzie over een boom die over de erfgrens hangt. Buurvrouw noemde mld. 'zeurpiet' en 'vervelende vent'. Civiele kwestie, mld. verwezen naar het Juridisch Loket."),
    ("ruzie", "In de wachtkamer van de huisarts schold een patiënt de assistente uit voor 'stomme idioot' omdat hij niet direct werd geholpen. Praktijk wil dat hij een waarschuwing krijgt. Wijkagent gaat langs."),
    ("ruzie", "Na een aanrijding op de parkeerplaats van de IKEA verweten beide bestuurders elkaar van alles: 'je kan niet eens rijden, sukkel'. Schadeformulier samen ingevuld, geen letsel."),
    ("ruzie", "Bij de voedselbank ontstond ruzie tussen twee cliënten over de volgorde; er werd 'klootzak' en 'graaier' geroepen. Vrijwilliger belde, verb. kalmeerden de situatie."),
    ("ruzie", "Twee moeders kregen ruzie bij de kinderopvang over een tas die weg was: 'jij bent een dief', 'rot toch op'. De tas werd later teruggevonden in de verkeerde kast."),
    ("ruzie", "Mld. gaf aan dat zijn huisbaas hem via WhatsApp 'parasiet' en 'eikel' noemt omdat hij de huur te laat betaalt. Geen bedreiging in de berichten, civiele kwestie. Mld. geadviseerd via het huurteam."),
    ("ruzie", "Ruzie op de hondenuitlaatplaats: de eigenaren van een Mechelse herder en een poedel kregen het aan de stok toen de honden vochten. 'Hou je beest vast, stomme zak.' Geen letsel bij mensen, poedel naar dierenarts."),
    ("ruzie", "Familieruzie op een verjaardag: oom noemde zijn neef 'nietsnut' en 'klaploper'; neef gooide een glas tegen de muur. Verb. ter plaatse, neef is vertrokken."),
    ("ruzie", "Ruzie tussen fietskoerier en voetganger op het zebrapad; koerier riep 'loop niet zo te slapen, eikel'. Voetganger greep de fiets vast. Geen letsel, beiden hun weg vervolgd."),
    ("ruzie", "Ruzie in de snackbar: klant vond zijn patat koud en noemde de eigenaar een 'lul' met een 'kutzaak'. Eigenaar vroeg hem te vertrekken, klant weigerde. Na komst politie vertrokken."),
    ("ruzie", "Gamingruzie: via Discord scheldt een medespeler de zoon van mld. uit voor 'noob', 'kanker-n00b' en 'teringkind'. Geen bedreigingen. Moeder geadviseerd de speler te blokkeren en te melden bij het platform."),
    # --------------------------------------------------------------- weigering
    ("weigering", "Melding horeca: bet. werd door de portier geweigerd omdat hij zichtbaar onder invloed was en niet recht kon lopen. Bet. werd boos en bleef bij de deur staan. Na aanspreken door verb. vertrokken."),
    ("weigering", "Mld. werd bij de discotheek geweigerd vanwege de dresscode: geen trainingsbroeken. Zijn vriend in spijkerbroek mocht wel naar binnen. De dresscode staat op de website en bij de deur. Mld. begreep het na uitleg."),
    ("weigering", "Caissière weigerde bier te verkopen aan een jongen zonder legitimatie die er jonger dan 25 uitzag. Jongen werd agressief en gooide het krat om. Verb. ter plaatse, jongen bleek 17."),
    ("weigering", "Taxichauffeur weigerde een klant die eerder die nacht in zijn auto had overgegeven en nu opnieuw stomdronken was. Klant belde 112 uit boosheid. Verb. legden uit dat de chauffeur mag weigeren."),
    ("weigering", "Buschauffeur liet een man niet instappen die geen geldig vervoersbewijs had en geen saldo op zijn ov-chipkaart. Man ging voor de bus staan. Verb. hebben hem van de weg gehaald."),
    ("weigering", "Man met een winkelverbod (na eerdere diefstal, pv bekend) kwam toch de supermarkt binnen. Beveiliger sprak hem aan, man weigerde te vertrekken. Aangehouden voor lokaalvredebreuk."),
    ("weigering", "Mld. klaagt dat zij met haar hond niet tot het zwembad werd toegelaten. Het zwembad laat geen huisdieren toe, alleen hulphonden; het ging om een gewone huishond. Uitgelegd aan mld."),
    ("weigering", "Mld. meldt dat hij een kamer niet kreeg omdat zijn inkomen geen drie keer de huur is. Verhuurder hanteert deze eis voor alle kandidaten, schriftelijk in de advertentie. Geen strafbaar feit."),
    ("weigering", "Bet. door conducteur en BOA's uit de trein gezet na herhaaldelijk roken op het balkon en weigeren zijn voeten van de bank te halen. Bet. was verbaal agressief. Boete uitgeschreven."),
    ("weigering", "Restaurant weigerde een groep van 12 zonder reservering: keuken zat vol, alleen reserveringen. Groep werd boos en riep dat het 'schandalig' was. Mutatie ter info, geen optreden nodig."),
    ("weigering", "Mld. werd niet toegelaten tot het stadion omdat hij een landelijk stadionverbod heeft. Stewards belden de politie toen mld. over het hek probeerde te klimmen. Aangehouden."),
    ("weigering", "Apotheek weigerde medicatie mee te geven zonder recept. Klant, bekend met verslaving, werd agressief en gooide een folderrek om. Verb. ter plaatse, klant verwijderd, apotheek doet aangifte vernieling."),
    ("weigering", "Mld. kon zich niet inschrijven bij de huisartsenpraktijk in de wijk: de praktijk heeft een patiëntenstop voor alle nieuwe patiënten wegens tekort aan artsen. Mld. verwezen naar het regionale inschrijfpunt."),
    ("weigering", "Bezoeker geweigerd bij de ingang van het festival: bij fouillering werden twee xtc-pillen aangetroffen. Drugs in beslag, toegangsverbod voor het evenement."),
    ("weigering", "Mld. werd bij de bank niet geholpen omdat zij zonder afspraak kwam en de balie om 16.00 uur sloot. Ook de andere klanten zonder afspraak werden weggestuurd. Mld. belde de politie uit onvrede."),
    ("weigering", "Café weigerde een klant die met ontbloot bovenlijf binnenkwam: 'shirt aan of buiten blijven', zoals voor iedereen. Klant werd woedend. Na gesprek met verb. trok hij zijn shirt aan en vertrok."),
    ("weigering", "Trampolinepark weigerde twee kinderen van 10 zonder begeleiding; huisregel is begeleiding door een volwassene onder 12 jaar. Moeder belde de politie, verb. heeft uitgelegd dat dit een huisregel is."),
    ("weigering", "Sportschool zegde het lidmaatschap van bet. op wegens herhaald agressief gedrag tegen personeel en leden (drie incidenten gedocumenteerd). Bet. kwam verhaal halen en is verwijderd."),
    ("weigering", "Taxi weigerde een rit met zes personen omdat de auto maar vier zitplaatsen heeft. Groep werd boos en trapte tegen het portier. Deuk, chauffeur doet aangifte vernieling."),
    ("weigering", "Portier weigerde een man die eerder die avond in de zaak had gevochten (camerabeelden). Man bleef zich opdringen bij de deur. Verb. hebben hem weggestuurd, gebiedsverbod wordt overwogen."),
    ("weigering", "Woningcorporatie wees mld. af voor een woning vanwege een huurachterstand van 3.000 euro bij zijn vorige verhuurder. Mld. was boos en bleef aan de balie staan. Verb. hebben uitgelegd dat dit een zakelijke grond is."),
    ("weigering", "Bet. kreeg geen toegang tot het gemeentehuis omdat bij de toegangscontrole een mes in zijn tas werd aangetroffen. Mes in beslag, pv opgemaakt."),
    ("weigering", "Stewards weigerden een man bij de ingang van het stadion omdat hij vuurwerk bij zich had. Vuurwerk in beslag, man kreeg een boete en mocht niet naar binnen."),
    ("weigering", "Hotelmedewerker weigerde mld. een kamer omdat hij geen geldig identiteitsbewijs kon tonen; het hotel is verplicht gasten te registreren. Mld. ging in de lobby liggen, verb. verwezen naar de nachtopvang."),
    ("weigering", "Buschauffeur weigerde een e-step mee te nemen; de vervoersvoorwaarden verbieden e-steps in de bus. Eigenaar begon te schelden, chauffeur belde de meldkamer. Bet. is met de step vertrokken."),
    ("weigering", "Kledingwinkel hanteert maximaal drie items per paskamer. Klant wilde er tien meenemen, werd geweigerd en begon te schreeuwen. Beveiliging belde, klant vertrok voor aankomst politie."),
    ("weigering", "Mld. werd niet meer toegelaten tot de club omdat het maximale aantal bezoekers (brandveiligheid) was bereikt. Ook de mensen na hem moesten wachten. Mld. belde 112, geen optreden nodig."),
    ("weigering", "Uitzendbureau wees mld. af voor heftruckwerk omdat hij geen geldig heftruckcertificaat heeft. Mld. vond het oneerlijk en wilde aangifte doen. Uitgelegd dat het certificaat een eis van de werkgever is voor alle kandidaten."),
    ("weigering", "Dierenarts weigerde de hond van bet. te behandelen zolang drie openstaande rekeningen niet zijn betaald; spoedgevallen worden doorverwezen. Bet. schreeuwde in de wachtkamer. Verb. gesprek, bet. vertrokken."),
    ("weigering", "Snackbarhouder weigerde na sluitingstijd (01.00 uur) nog klanten te helpen. Een groep dronken mannen bleef op de deur bonken. Verb. hebben de groep verwijderd."),
    ("weigering", "Portier weigerde een jongen van 16 bij een 18+-feest. De jongen toonde het ID van zijn broer. ID ingenomen en overgedragen aan de politie, jongen naar huis."),
    ("weigering", "Vrijwilliger van de voedselbank weigerde een man zonder verwijsbrief een pakket te geven; de regels gelden voor iedereen. Man werd agressief, verb. ter plaatse, man doorverwezen naar het sociaal wijkteam."),
    ("weigering", "Bibliotheek weigerde bet. de toegang nadat hij vorige maand een medewerker had uitgescholden en bedreigd; schriftelijk toegangsverbod van drie maanden. Bet. kwam toch, verwijderd door verb."),
    # ------------------------------------------------------------------ beleid
    ("beleid", "Briefing dagdienst: deze week Pride; extra surveillance rond evenementenlocaties en de uitgaansstraten. Bij meldingen van discriminatie altijd het Poldis-kenmerk invullen en de melder wijzen op de ADV."),
    ("beleid", "Interne notitie: in Q3 zijn in de eenheid 47 discriminatie-incidenten geregistreerd, waarvan 18 met de grond herkomst. Cijfers worden gedeeld in het discriminatieoverleg met het OM en de gemeente."),
    ("beleid", "Overleg met de antidiscriminatievoorziening gepland op 14 maart. Te bespreken: terugkoppeling aan melders en de doorlooptijd van aangiftes met een discriminatoir aspect."),
    ("beleid", "Training 'Herkennen van discriminatie bij de intake' gevolgd door 12 collega's van het basisteam. Belangrijkste punt: vraag altijd door naar de letterlijke uitlatingen en noteer die tussen aanhalingstekens."),
    ("beleid", "Mutatie: wijkagent heeft een kennismakingsgesprek gehad met het bestuur van de moskee over veiligheid tijdens de ramadan. Afspraken gemaakt over contactpersonen en het melden van incidenten."),
    ("beleid", "Roze in Blauw heeft voorlichting gegeven op het mbo over het doen van aangifte bij geweld tegen lhbti'ers. Ca. 60 studenten aanwezig, veel vragen over anoniem melden."),
    ("beleid", "Teamoverleg: collega's wordt gevraagd bij geweldsincidenten altijd te checken of er een discriminatoir aspect is en dat in de mutatie te motiveren. Handleiding staat op het intranet."),
    ("beleid", "Verslag regionaal discriminatieoverleg: de officier van justitie besprak welke lopende zaken in aanmerking komen voor strafverzwaring vanwege een discriminatoir motief. Volgend overleg in juni."),
    ("beleid", "Notitie: het jaarverslag met discriminatiecijfers is ontvangen. Daling van het aantal meldingen in het centrum, stijging van online incidenten. Analist maakt een factsheet voor de teamchef."),
    ("beleid", "Interne memo: in verband met het verhoogde dreigingsniveau extra rondes langs de synagoge en de joodse school tot nader order. Bijzonderheden direct melden aan de OvD."),
    ("beleid", "Teamchef meldt dat het team deelneemt aan het programma over inclusie en diversiteit binnen de politie. Workshops in april, aanmelden via het teamsecretariaat."),
    ("beleid", "Bijeenkomst 'Veilig samen' in het buurthuis met vertegenwoordigers van kerk, moskee en synagoge. Wijkagent gaf uitleg over het doen van aangifte en de rol van de ADV."),
    ("beleid", "Werkinstructie: bij aangiftes van online haat altijd laten vastleggen met screenshots inclusief URL, datum en accountnaam. Zaak doorzetten naar het team digitale opsporing."),
    ("beleid", "Casusoverleg: besproken of de beledigingen in de buurtapp uit de zaak van vorige week voldoen aan art. 137c Sr of onder gewone belediging vallen. OvJ beoordeelt, terugkoppeling volgt."),
    ("beleid", "Evaluatie Keti Koti-viering: geen incidenten, samenwerking met de organisatie verliep goed. Advies voor volgend jaar: zelfde inzet, EHBO-post dichter bij het podium."),
    ("beleid", "Kwaliteitsanalyse: het kenmerk discriminatie wordt in ongeveer 30% van de relevante mutaties niet ingevuld. Kwaliteitsmedewerker stuurt een herinnering aan alle teams."),
    ("beleid", "Het moslimnetwerk binnen de politie organiseert op 2 april een iftar voor collega's en partners. Aanmelden voor 25 maart via het teamsecretariaat."),
    ("beleid", "Gesprek met de lokale COC-afdeling: zij signaleren meer intimidatie in de uitgaansbuurt. Afgesproken dat de noodhulp vaker langs de bars rijdt en dat het COC meldingen bundelt."),
    ("beleid", "Opleiding: nieuwe collega's in het team volgen voor 1 oktober de e-learning over discriminatie en het opnemen van aangiftes. Voortgang wordt bijgehouden door de teamleider."),
    ("beleid", "Vergadering gemeente, politie en OM over het uitvoeringsplan aanpak discriminatie; ook straatintimidatie en online haat zijn onderwerp. De wethouder vraagt om een kwartaalrapportage."),
    ("beleid", "Teamoverleg: herinnering dat het woord 'allochtoon' niet meer wordt gebruikt in signalementen. Gebruik objectieve kenmerken zoals huidskleur, lengte en kleding."),
    ("beleid", "Briefing: het handelingskader proactief controleren wordt ingevoerd om etnisch profileren te voorkomen. Op 5 mei een sessie met casuïstiek; aanwezigheid verplicht voor alle noodhulpcollega's."),
    ("beleid", "Maandrapportage: 9 meldingen met een antisemitisch karakter, 6 met de grond seksuele gerichtheid en 3 met de grond handicap. Analist vraagt de teams de codering van drie twijfelgevallen te controleren."),
    ("beleid", "Werkbezoek van de burgemeester aan het AZC. Politie verzorgde de begeleiding en gaf bewoners voorlichting over veiligheid, fietsverlichting en het melden van incidenten."),
    ("beleid", "Overleg met de belangenorganisatie voor mensen met een beperking over de toegankelijkheid van het bureau. De drempel bij de hoofdingang wordt aangepast en er komt een ringleiding aan de balie."),
    ("beleid", "Voorbereiding Dodenherdenking: extra inzet bij het monument, in eerdere jaren verstoringen. Briefing om 18.30 uur, contact met de organisatie via de wijkagent."),
    ("beleid", "Mutatie: verb. nam deel aan een rondetafelgesprek over de veiligheid van transgender personen. Aanbevelingen: gebruik in gesprekken de voornaam en voornaamwoorden die iemand zelf aangeeft."),
    ("beleid", "Registratie-instructie: bij meerdere discriminatiegronden, bijvoorbeeld godsdienst en herkomst, beide aanvinken. Bij twijfel contact opnemen met de discriminatiecoördinator van het district."),
    ("beleid", "Interne evaluatie klachten 2024: vier klachten over bejegening met een discriminatoir aspect, waarvan twee gegrond verklaard. Lessen worden meegenomen in de IBT- en gesprekstraining."),
    ("beleid", "Verslag kwartaaloverleg met het meldpunt internetdiscriminatie: trends in antisemitische en islamofobe posts na internationale gebeurtenissen. Afspraak over sneller doorsturen van strafbare uitingen."),
    ("beleid", "Briefing: volgende week is de Week tegen Racisme. Posters in de wachtruimte, aan de balie folders over het melden van discriminatie. Collega's worden gevraagd de folder actief aan te bieden."),
    ("beleid", "Teamoverleg: doorstroom van vrouwen naar leidinggevende functies binnen het district besproken. HR presenteerde cijfers; streefcijfer is 40% in 2027."),
    ("beleid", "Overleg met de ouderenbond over veiligheid van senioren: babbeltrucs en bankhelpdeskfraude. Voorlichtingsavond gepland in het wijkcentrum op 12 november."),
    # ---------------------------------------------------------------- homoniem
    ("homoniem", "Winkeldiefstal bij de bakker: een jongen van ca. 14 jaar pakte een doos met zes moorkoppen van de toonbank en rende weg. Rode jas, zwarte rugzak. Bakker herkent hem van school, ouders ingelicht."),
    ("homoniem", "Mutatie: mld., wonend aan de Jodenbreestraat, meldt dat haar fiets uit het rek voor haar deur is gestolen. Fiets: blauwe omafiets, merk Batavus. Geen camera."),
    ("homoniem", "Uit een geparkeerde vrachtwagen op de parkeerplaats langs de A2 zijn 40 dozen jodenkoeken en stroopwafels gestolen; zeil opengesneden. Chauffeur sliep in de cabine en merkte niets."),
    ("homoniem", "Mld. is haar nicht van 12 kwijtgeraakt op de kermis. Na 20 minuten is het meisje teruggevonden bij de botsauto's. Geen bijzonderheden, mutatie ter info."),
    ("homoniem", "Mld. verklaarde dat vdt. na de ruzie zijn fiets pakte en 'm zo de gracht in flikkerde. Fiets is door de brandweer opgevist. Aangifte vernieling."),
    ("homoniem", "Diefstal uit voortuin: een grote koperen pot met een olijfboompje en twee tuinkabouters weg. Mld. vermoedt dezelfde dieven als bij de buren vorige week."),
    ("homoniem", "Mevrouw heeft haar bontmof verloren in bus 12; grijs met bruine rand, emotionele waarde want van haar moeder. Doorgegeven aan gevonden voorwerpen van het vervoersbedrijf."),
    ("homoniem", "Winkeldiefstal supermarkt: vdt. stopte een fles zigeunersaus, een pak speklappen en een fles whisky onder zijn jas. Aangehouden bij de uitgang door beveiliging."),
    ("homoniem", "Melding: een makaak is ontsnapt uit het apenpark en zit in de tuinen aan de Parkweg. Dierenpark en dierenambulance ingeschakeld. Bewoners gevraagd binnen te blijven tot het dier gevangen is."),
    ("homoniem", "Verkeersongeval op de A27: de spelersbus van Kozakken Boys raakte een personenauto bij het invoegen. Geen gewonden, wedstrijd gaat wel door. Schade aan bumper."),
    ("homoniem", "Aangifte oplichting: AG verkocht via Marktplaats een Black & Decker boormachine. Koper stuurde een nep-betaalverzoek, AG ontving geen geld maar verstuurde het pakket wel."),
    ("homoniem", "Mutatie: de heer Moor (62) meldt dat beide kentekenplaten van zijn auto zijn gestolen. Auto stond in de straat geparkeerd. Platen gesignaleerd."),
    ("homoniem", "Vetbrand in de keuken van het Mongoolse barbecuerestaurant aan de Markt. Brandweer ter plaatse, restaurant ontruimd, geen gewonden. Kok lichte brandwond aan de hand."),
    ("homoniem", "De heer J. Nikkels (45) doet aangifte van inbraak in zijn schuur; grasmaaier en twee elektrische fietsen weg. Schuurdeur opengebroken met een koevoet."),
    ("homoniem", "Melding school: leerling (8) brak zijn arm tijdens het spel apenkooi in de gymles. Ouders willen weten of er sprake is van nalatigheid. Geen strafbaar feit, doorverwezen naar de school."),
    ("homoniem", "Bezorger van Turkse pizza reed met zijn scooter door rood op de kruising Stationsweg. Staande gehouden, bekeuring. Bezorger kon daarna zijn weg vervolgen."),
    ("homoniem", "Mld. Jap van der Meer (Jap is zijn roepnaam) meldt verlies van zijn paspoort tijdens een treinreis naar Zwolle. Verklaring van vermissing opgemaakt."),
    ("homoniem", "Melding: kind (5) met een pinda-allergie raakte onwel op een verjaardagsfeest na het eten van een koekje. Ambulance ter plaatse, EpiPen toegediend. Geen strafbaar feit."),
    ("homoniem", "Bet. riep tijdens een ruzie over de afwas tegen zijn huisgenoot 'ik flikker je zo van de trap'. Huisgenoot wil geen aangifte maar wel dat het genoteerd wordt. Bet. gewaarschuwd."),
    ("homoniem", "Mld. meldt dat zijn buurvrouw bij het schilderen van haar balkon een pot verf over zijn auto liet vallen. Het was een ongeluk, zij regelen het via de verzekering. Mutatie ter info."),
    ("homoniem", "Uit een bouwcontainer bij een renovatiewoning zijn 40 m2 Moorse tegels en Marokkaanse zelliges gestolen. Waarde ca. 3.000 euro. Aannemer doet aangifte."),
    ("homoniem", "Buurman beschuldigt mld. ervan dat hij Japanse duizendknoop in zijn tuin heeft laten verspreiden. Ruzie over de kosten van verwijdering. Civiele kwestie."),
    ("homoniem", "Melding van een brandende Chinese wensballon die in een boom aan de Dorpsstraat is blijven hangen. Brandweer ter plaatse, boom geblust. Oplaters niet bekend."),
    ("homoniem", "Mld. vond een gewonde Turkse tortel in zijn tuin, vermoedelijk aangevallen door een kat. Dierenambulance heeft het dier opgehaald."),
    ("homoniem", "Diefstal op de begraafplaats: plantenbakken met afrikaantjes van meerdere graven verdwenen. Beheerder vermoedt dat het 's nachts gebeurt, extra controle gevraagd."),
    ("homoniem", "Melding via 112: een paard (Arabische volbloed) is ontsnapt uit een weiland en loopt op de N201. Verkeer stilgelegd, eigenaar gebeld en paard gevangen."),
    ("homoniem", "Aangifte: een Pekinees werd tijdens het uitlaten gebeten door een loslopende Duitse herder. Pekinees naar dierenarts, eigenaar van de herder bekend en aangesproken."),
    ("homoniem", "Mld. kwam terug van vakantie op Lesbos en trof een inbraak aan in haar appartement. Laptop en sieraden weg, kast doorzocht. FO aangevraagd."),
    ("homoniem", "Vernieling aan een transformatorhuisje aan de Dijkweg; deur opengebroken, kabels beschadigd. Netbeheerder ter plaatse, stroomstoring in drie straten."),
    ("homoniem", "Melding: kelder van de flat staat blank na een gesprongen waterleiding. Bewoners kunnen niet bij hun bergingen. Woningcorporatie en brandweer ter plaatse."),
    ("homoniem", "Gestolen fiets van mld. teruggevonden in het kreupelhout langs het fietspad, achterwiel eruit. Fiets afgemeld in het register."),
    ("homoniem", "Melding door boer: twee lammetjes gestolen uit het weiland aan de Polderweg. Hek opengeknipt, bandensporen in de berm. Foto's gemaakt."),
    ("homoniem", "Mutatie: mevrouw De Oude (34) meldt dat haar kat Mietje sinds drie dagen vermist is; cyperse kater met een chip. Doorgegeven aan dierenambulance en Amivedi."),
    ("homoniem", "Wedstrijd SC Zwart-Wit '28 tegen de buurclub verliep rustig; na afloop één geval van fietsdiefstal bij de kantine. Aangifte opgenomen."),
    # -------------------------------------------------------------- ontkenning
    ("ontkenning", "AG doet aangifte van mishandeling door een buurman na ruzie over een parkeerplek. Op de vraag van verb. of er iets over haar afkomst werd gezegd: 'nee, het ging puur om die parkeerplaats'. Geen discriminatoir aspect."),
    ("ontkenning", "Mld. dacht eerst dat hij bij de club werd geweigerd vanwege zijn huidskleur. Na gesprek met de portier bleek de zaak vol; ook de groep na hem mocht niet naar binnen. Mld. trekt zijn melding in."),
    ("ontkenning", "Verb. hebben het incident in de tram onderzocht. Uit camerabeelden en verklaringen blijkt dat de ruzie ging over een bagagevak; er zijn geen discriminerende uitlatingen gedaan. Kenmerk discriminatie verwijderd."),
    ("ontkenning", "Buurvrouw van mld. is joods en meldde dat haar ruit was ingegooid. Buurtonderzoek wees uit dat een voetbal van spelende kinderen de oorzaak was. De ouders hebben de schade vergoed. Geen antisemitisch motief."),
    ("ontkenning", "Bij de moskee zijn drie fietsen beschadigd. Het bestuur sluit zelf een discriminatoir motief uit: volgens hen gaat het om dezelfde groep vandalen die ook de fietsen bij de supermarkt vernielde."),
    ("ontkenning", "AG vroeg zich af of de afwijzing voor de woning met zijn achternaam te maken had. De corporatie liet zien dat de toewijzing via loting ging; AG zag zelf dat zijn lotnummer te hoog was. AG accepteert dit."),
    ("ontkenning", "Werkgever heeft het contract van AG niet verlengd. AG verklaart zelf dat dit volgens hem om zijn vele ziekmeldingen en te laat komen gaat, niet om zijn geloof zoals een collega suggereerde."),
    ("ontkenning", "Speler beschuldigde de scheidsrechter van een racistische opmerking. Na het bekijken van de beelden en het horen van vier getuigen blijkt de scheidsrechter 'grapjas' te hebben gezegd. Geen discriminatie, geen strafbaar feit."),
    ("ontkenning", "Klacht over politieoptreden: mld. stelde eerst dat hij was aangehouden vanwege zijn afkomst. Na het zien van de bodycambeelden gaf mld. toe dat hij door rood reed en dat de staandehouding terecht was. Klacht ingetrokken."),
    ("ontkenning", "De regenboogvlag van het gemeentehuis lag vanochtend op de grond. Onderzoek ter plaatse: het touw is door de storm gebroken, geen sporen van vernieling. Vlag opnieuw opgehangen."),
    ("ontkenning", "Melding van een 'hakenkruis' op de glijbaan in de speeltuin. Ter plaatse bleek het om een stoepkrijttekening van een windmolen door kinderen te gaan. Geen discriminatoir symbool, melder gerustgesteld."),
    ("ontkenning", "AG is homo en werd in de uitgaansbuurt beroofd van zijn telefoon. Hij geeft zelf aan dat de daders hem niet kenden en dat het niets met zijn geaardheid te maken had; zij beroofden kort daarvoor ook een andere voorbijganger."),
    ("ontkenning", "Mld. (rolstoel) kon de winkel niet in vanwege een hoge drempel. De eigenaar haalde direct een oprijplaat en hielp hem. Mld. wil het alleen doorgeven aan de gemeente voor de toegankelijkheid; hij is goed behandeld."),
    ("ontkenning", "Ruzie tussen twee collega's op de bouwplaats over gereedschap. AG (Poolse nationaliteit) zegt op vraag van verb. dat er niets over zijn nationaliteit is gezegd: 'nee, het ging om mijn boormachine'. Mutatie zonder discriminatiekenmerk."),
    ("ontkenning", "Onderzocht is de melding dat een taxichauffeur een vrouw met hoofddoek weigerde. De chauffeur had al een rit via de app aangenomen en wachtte op die klant; de volgende taxi nam mld. mee. Mld. begrijpt het en wil geen verdere actie."),
    ("ontkenning", "De oudere heer (84) die zich door de buschauffeur 'weggezet' voelde, verklaart na een gesprek dat de chauffeur alleen vroeg of hij wilde gaan zitten voordat de bus wegreed. Misverstand, geen sprake van leeftijdsdiscriminatie."),
    ("ontkenning", "De sticker met '88' op de lantaarnpaal bleek reclame te zijn voor het Chinese restaurant Lucky 88 verderop in de straat. Geen extreemrechtse betekenis. Melder geïnformeerd."),
    ("ontkenning", "Collega had bij deze mutatie het kenmerk discriminatie aangevinkt. Bij nadere bestudering gaat het om een ruzie tussen twee broers zonder enige verwijzing naar herkomst, geloof of een andere groep. Kenmerk aangepast door kwaliteitsmedewerker."),
    ("ontkenning", "Mld. (transvrouw) meldde dat haar buurman haar 'meneer' had genoemd. Bij het gesprek bleek de buurman slechtziend en verwarde hij haar met haar huisgenoot. Hij heeft excuses aangeboden, mld. is tevreden en ziet er geen kwade opzet in."),
    ("ontkenning", "AG werd ontslagen in haar proeftijd en vermoedde eerst dat het met haar zwangerschap te maken had. De ontslagbrief dateert echter van voor zij het aan iemand had verteld; AG ziet er zelf nu geen verband meer in."),
    ("ontkenning", "Vechtpartij in de kroeg tussen twee jongens na een gemorst drankje. Beiden verklaren dat er geen scheldwoorden over afkomst zijn gebruikt; de barman bevestigt dat. Afgedaan als wederzijdse mishandeling, geen discriminatie."),
    ("ontkenning", "Mld. vroeg of de kerststal van de buren als discriminatie van moslims kan worden gezien. Verb. heeft uitgelegd dat dit geen discriminatie en geen strafbaar feit is. Mld. begreep dat."),
    ("ontkenning", "Aanvulling: AG verklaart dat de man hem 'sukkel' noemde en niet 'homo', zoals de meldkamer had genoteerd. De registratie is gecorrigeerd, geen discriminatoir aspect."),
    ("ontkenning", "De brief aan de synagoge met 'verdacht poeder' bleek na onderzoek een reclamesample van een wasmiddelfabrikant te zijn, dat huis-aan-huis was verspreid. Geen dreigende tekst. Afgesloten, geen antisemitisch incident."),
    ("ontkenning", "Scholier meldde dat zijn docent hem 'een onvoldoende gaf omdat hij Surinaams is'. Na gesprek met mentor en ouders blijkt de toets volgens dezelfde normering als bij de rest van de klas beoordeeld. Leerling en ouders zijn akkoord."),
    ("ontkenning", "Verb. ter plaatse na melding van 'racistische uitlatingen' in de supermarkt. Beide partijen en twee getuigen verklaren dat het om een botsing met een winkelwagen ging en dat er 'idioot' en 'lul' is gezegd. Geen discriminatie vastgesteld."),
    ("ontkenning", "Een 81-jarige vrouw voelde zich bij de autoverhuur 'te oud' gevonden. Bij navraag bleek haar rijbewijs verlopen; met een geldig rijbewijs kan zij gewoon huren. Geen verband met leeftijd, mld. akkoord."),
    ("ontkenning", "AG doet aangifte van bedreiging door haar ex. Op de vraag van verb. of dit te maken heeft met haar nieuwe relatie met een vrouw zegt ze: 'nee, hij is gewoon jaloers en wil de kinderen'. Geen discriminatoir aspect."),
    ("ontkenning", "De tekst op de muur leek op SS maar betreft de tag SSK van een bekende graffitispuiter die ook elders in de stad spuit. Geen runen, geen discriminatoire betekenis. Doorgegeven aan gemeente voor reiniging."),
    ("ontkenning", "Eigenaar van het café verklaart dat de man met de geleidehond wel welkom was; hij werd gevraagd te vertrekken omdat hij een glas stukgooide en een andere gast uitschold. Drie getuigen bevestigen dit. Geen discriminatie op grond van handicap."),
    ("ontkenning", "AG wordt op zijn werk 'opa' genoemd, maar zegt zelf dat dit een koosnaam is die hij al 20 jaar heeft en leuk vindt. Geen klacht. Registratie alleen op verzoek van HR na een anonieme tip."),
    ("ontkenning", "Mld. vond dat zij werd gediscrimineerd toen haar aanvraag werd afgewezen. De aanvraag bleek onvolledig (inkomensbewijs ontbrak); aanvragen van anderen zonder bewijs worden ook afgewezen. Mld. stuurt het bewijs alsnog op."),
    ("ontkenning", "Mld. dacht dat haar buurman haar hoofddoek bespotte toen hij met een handdoek om zijn hoofd in de tuin stond. Buurman legt uit dat hij net onder de douche vandaan kwam; mld. kon er na het gesprek om lachen."),
    # ---------------------------------------------------------------- positief
    ("positief", "Mld. wil de Poolse buurman laten bedanken: hij heeft haar vanmorgen geholpen toen zij op het ijs was gevallen en heeft de ambulance gebeld. Compliment doorgegeven aan de wijkagent, die gaat even langs."),
    ("positief", "Mutatie: een Syrische taxichauffeur bracht een tas met ruim 3.000 euro naar het bureau die een klant in zijn auto had laten liggen. Eigenaar opgespoord en zeer dankbaar."),
    ("positief", "Tijdens de iftar in de moskee heeft de wijkagent met buurtbewoners gegeten. Goede sfeer, veel vragen over fietsendiefstal en verkeersveiligheid rond de school. Positief contact."),
    ("positief", "Mld. (80) belt om te vertellen dat de Marokkaanse jongens uit haar straat altijd haar boodschappen naar boven dragen. Ze wil dat de politie weet dat het goede jongens zijn, na negatieve berichten in de buurtapp."),
    ("positief", "Tijdens het wijkoverleg werd genoemd dat het homostel van de Lindenlaan na de wateroverlast de halve straat heeft geholpen met zandzakken en pompen. Buurtvereniging wil ze in het zonnetje zetten."),
    ("positief", "Compliment via de teamchef: een transvrouw die aan de balie aangifte deed, laat weten dat zij zich goed en respectvol behandeld voelde. Dank aan de collega van de dagdienst."),
    ("positief", "Mutatie: een jongen met het syndroom van Down heeft een gevonden portemonnee bij de balie ingeleverd, inhoud compleet. De eigenaar heeft hem een beloning gegeven en wil dat de ouders het weten."),
    ("positief", "Wijkagent: de Turkse bakker aan de Hoofdstraat zet in de winter elke ochtend soep en brood buiten voor daklozen. Fijne bijdrage aan de wijk, contact onderhouden."),
    ("positief", "De voetbalclub organiseerde een toernooi met jongeren uit het AZC en lokale jeugd; het basisteam deed mee met een eigen team. Zeer geslaagd, geen incidenten."),
    ("positief", "Getuige (Ghanese vrouw) hielp het slachtoffer van een straatroof en wist de verdachte vast te houden tot de politie er was. Teamchef stuurt haar een bedankbrief."),
    ("positief", "Een oudere heer (92) bracht een trommel koekjes naar het bureau om de agenten te bedanken die hem vorige week thuisbrachten toen hij verdwaald was. Leuk contact."),
    ("positief", "De joodse gemeente heeft de politie bedankt voor de inzet rond Chanoeka; alles is rustig verlopen. De rabbijn stuurde een bedankkaart aan het team."),
    ("positief", "Rapp. werd op het Pride-evenement aangesproken door twee vrouwen die de politie bedankten voor de aanwezigheid: 'we voelen ons veilig met jullie hier'. Ze vroegen of ze een foto mochten maken."),
    ("positief", "Mld. belt om te laten weten dat de Eritrese jongen uit zijn straat zijn gestolen fiets in het park heeft gevonden en teruggebracht. Fiets afgemeld in het systeem."),
    ("positief", "Buurtbewoners organiseerden een welkomstfeest voor de Oekraïense gezinnen in de oude school. Wijkagent was aanwezig, goede sfeer, geen bijzonderheden."),
    ("positief", "Een collega van het moslimnetwerk gaf een lezing over de ramadan voor het team. Veel vragen, positief ontvangen; collega's willen meer van dit soort sessies."),
    ("positief", "Mld. geeft een compliment aan de buschauffeur van lijn 8, die de oprijplaat uitklapte en haar hielp haar rolstoel vast te zetten. Compliment doorgestuurd naar de vervoerder."),
    ("positief", "Tijdens surveillance sprak verb. met de Chinese eigenaar van het restaurant aan de Dorpsstraat. Hij had de camerabeelden van de inbraak bij de buren al klaarstaan voor de recherche. Zeer behulpzaam."),
    ("positief", "Op de sportdag van de school speelden de leerlingen rolstoelbasketbal tegen de wijkagenten; het team van de rolstoelsportvereniging won ruim. Leuke dag."),
    ("positief", "Mutatie: de Marokkaans-Nederlandse buurman ontdekte de brand in de flat, waarschuwde meerdere bewoners en hielp een oudere vrouw naar buiten. De brandweer spreekt van heldhaftig optreden."),
    ("positief", "De imam en de dominee liepen samen met de wijkagent een avondronde door de wijk om jongeren aan te spreken over vuurwerk. Goede samenwerking, herhalen in december."),
    ("positief", "Bij de evaluatie van Roze Zaterdag gaven de organisatoren aan dat de samenwerking met de politie nog nooit zo goed was. Compliment doorgegeven aan de betrokken collega's."),
    ("positief", "Mld. (oudere vrouw) is zeer te spreken over de jonge agent die haar uitgebreid hielp met de aangifte van oplichting en daarna haar zoon belde. Zij wil dat zijn leidinggevende dit weet."),
    ("positief", "Een Somalische moeder heeft in de speeltuin een kind dat zijn ouders kwijt was opgevangen en naar het bureau gebracht. Ouders binnen een half uur herenigd, ze waren erg dankbaar."),
    ("positief", "Tijdens het Suikerfeest in het park was het erg druk maar gezellig; families boden de agenten eten en thee aan. Geen incidenten."),
    ("positief", "Mld. wil laten weten dat haar buurvrouw, die een hoofddoek draagt, elke dag voor haar kookt sinds haar man in het ziekenhuis ligt. Ze vraagt of de gemeente daar iets mee kan, bijvoorbeeld de vrijwilligersprijs."),
    ("positief", "Bij de inzamelingsactie voor de voedselbank hebben jongeren van de moskee 300 pakketten ingepakt. De wijkagent hielp met uitdelen. Mooie actie."),
    ("positief", "Tijdens een stroomstoring in het metrostation hielp een blinde reiziger, die de weg op de tast kent, andere reizigers naar de uitgang. Compliment van de medewerker van het vervoersbedrijf."),
    ("positief", "De verkeersbrigadier (76) bij de basisschool stopt na 30 jaar. Gemeente en politie hebben hem geëerd bij zijn afscheid, kinderen maakten een erehaag."),
    ("positief", "Bouwvakkers uit Polen haalden een man uit het water die met zijn auto in de vaart was beland. Man is ongedeerd. Burgemeester wordt voorgesteld hen te onderscheiden."),
    ("positief", "Wijkagent: het Surinaamse buurtcentrum organiseert elke dinsdag huiswerkbegeleiding. Jongeren die eerder overlast gaven doen mee. Positieve ontwikkeling in de wijk."),
    ("positief", "De vrouwelijke taxichauffeur die gisteren een verwarde man veilig thuisbracht en zijn familie inlichtte, verdient een compliment. Familie belde om te bedanken."),
    ("positief", "Mld. wil zijn dank uitspreken voor de twee dove medewerkers van de supermarkt die hem hielpen toen hij onwel werd; ze haalden de AED en lieten een collega 112 bellen."),
    # ------------------------------------------------------------------ overig
    ("overig", "Verkeersongeval: zwarte Audi A4 reed achterop een witte bestelbus bij de verkeerslichten op de Ringweg. Bestuurder Audi verklaarde dat hij door de laagstaande zon werd verblind. Geen gewonden, beide auto's afgesleept."),
    ("overig", "Woninginbraak: dvd-collectie, waaronder Turks fruit en Soldaat van Oranje, en een spelcomputer weggenomen. Inbraak via de achterdeur, spoor van schroevendraaier. Buren niets gehoord."),
    ("overig", "Melding overlast: bezorger van Chinees eten parkeert zijn scooter steeds op de stoep voor de ingang van de flat en laat hem draaien. Bezorger aangesproken, restauranthouder gebeld."),
    ("overig", "De heer Jood (71) meldt dat zijn portemonnee is gestolen op de weekmarkt. Inhoud: rijbewijs, pinpas en ca. 80 euro. Pas geblokkeerd, geen verdachte gezien."),
    ("overig", "In de zaal over de homo sapiens in het natuurmuseum is een kind tegen een vitrine gevallen; het glas is gebarsten. Geen letsel. Melding op verzoek van het museum i.v.m. de verzekering."),
    ("overig", "Verkeersongeval: fietser ten val gekomen op de rotonde bij de moskee door natte bladeren. Ambulance ter plaatse, fietser met vermoedelijk gebroken pols naar ziekenhuis. Geen derden betrokken."),
    ("overig", "Gevonden: bruine labrador zonder halsband op het industrieterrein. Chip uitgelezen, eigenaar gebeld en hond opgehaald. Hond was door een open hek ontsnapt."),
    ("overig", "Melding via 112: man met een geel hesje loopt over de vluchtstrook van de A4. Verb. hebben hem opgehaald; hij was verward en is overgedragen aan de crisisdienst."),
    ("overig", "Zwartrijder in de trein: bet. had geen vervoersbewijs en gaf een valse naam op. Identiteit vastgesteld via vingerafdrukken. Pv voor opgave valse personalia."),
    ("overig", "Bij doorzoeking van de woning is 45.000 euro contant aangetroffen in een schoenendoos. Bet. kon de herkomst van het geld niet verklaren. Geld in beslag, verdenking witwassen."),
    ("overig", "Bestuurder van een gele Fiat Panda reed tegen een lantaarnpaal. Ademanalyse 1,2 promille. Rijbewijs ingevorderd, auto weggesleept."),
    ("overig", "Inbraak in snackbar: kassa en 20 kilo frikandellen uit de vriezer weg. Braaksporen aan de achterdeur. Camerabeelden tonen één persoon in zwart trainingspak."),
    ("overig", "Gevonden voorwerp: witte AirPods in hoesje met de naam Tess, gevonden in bus 4. Eigenaar via school achterhaald en gebeld."),
    ("overig", "Geluidsoverlast: tuinfeest met harde muziek tot 03.00 uur. Verb. ter plaatse, muziek zachter gezet. Tweede melding deze maand op dit adres, bewoner gewaarschuwd."),
    ("overig", "Bestuurder van een bruine Mercedes reed 80 km/u in de 50-zone bij de basisschool. Staande gehouden en bekeurd. Bestuurder had haast voor een afspraak."),
    ("overig", "Bij een controle op de bouwplaats zijn drie personen aangetroffen die zwart werkten, zonder arbeidscontract. Arbeidsinspectie ingelicht, gegevens doorgegeven."),
    ("overig", "Onbeheerde zwarte rugzak onder een bankje op perron 3. Explosievenhond ingezet; de rugzak bevatte gymkleding en een broodtrommel. Eigenaar meldde zich later bij de NS-balie."),
    ("overig", "Brand in een container achter de Chinese supermarkt. Brandweer heeft geblust, vermoedelijk door een weggegooide sigaret. Geen aanwijzingen voor opzet."),
    ("overig", "Fietsdiefstal: mld. meldt dat zijn witte e-bike (Gazelle) is gestolen bij het station; stond op slot. Framenummer bekend, ingevoerd in het register."),
    ("overig", "Melding via 112: verwarde vrouw op het dak van de parkeergarage. Onderhandelaar ingezet, vrouw na een uur veilig naar beneden gehaald en overgedragen aan de GGZ."),
    ("overig", "Aanrijding: het witte busje van de moskee (Ford Transit) werd op de kruising geraakt door een auto die door rood reed. Schade aan de zijkant, geen gewonden. Pv opgemaakt."),
    ("overig", "Vuurwerkoverlast: jongeren gooiden cobra's in brievenbussen aan de Zwartewaalstraat. Twee jongens van 14 aangehouden, ouders ingelicht, Halt."),
    ("overig", "Scooter gestolen: mat zwart met witte strepen, merk Piaggio. Eigenaar had hem op slot gezet voor de sportschool. Kenteken gesignaleerd."),
    ("overig", "Gevonden portemonnee in het park met Turkse lira's en een rijbewijs. Eigenaar via het rijbewijs achterhaald, portemonnee aan het bureau opgehaald."),
    ("overig", "Auto geparkeerd op een gehandicaptenparkeerplaats zonder kaart, voor de apotheek. Bestuurder kwam net terug, aangesproken en bekeurd."),
    ("overig", "Melding dierenmishandeling: zwart-witte kat met brandwonden gevonden in de Moerwijk. Dierenpolitie ingeschakeld, kat naar de dierenkliniek."),
    ("overig", "Mld. vond een bruine envelop met 500 euro op de parkeerplaats van de Jumbo en leverde die in. Registratie gevonden voorwerp, eigenaar nog onbekend."),
    ("overig", "Ruit ingegooid bij de sportschool. Dader herkend op beelden: jongen in wit-rood jack, bekend bij de wijkagent. Schade ca. 800 euro."),
    ("overig", "Door ijzel meerdere ongevallen in de ochtendspits; bij de afslag richting de Blauwe Moskee gleed een vrachtwagen in de sloot. Berging duurde twee uur."),
    ("overig", "Melding: kinderen spelen op het ijs bij de Witte Brug terwijl het ijs te dun is. Verb. ter plaatse, kinderen van het ijs gehaald en naar huis gestuurd."),
    ("overig", "Diefstal van ca. 200 liter diesel uit een gele graafmachine op het bouwterrein aan de Havenweg. Tankdop opengebroken. Aannemer doet aangifte."),
    ("overig", "Bij een verkeerscontrole werd in de middenconsole 50 gram 'wit' (vermoedelijk cocaïne) in bolletjes aangetroffen. Bet. aangehouden, auto in beslag."),
    ("overig", "Overlast van een zwerm bijen bij de speeltuin. Imker ter plaatse, zwerm geschept. Geen steekincidenten."),
    ("overig", "Inbraak in een tuinhuisje op het volkstuinencomplex: tuinstoelen en een barbecue weg. Buurman zag rond 02.00 uur een man met een zwarte pet en een kruiwagen."),
]


def held_out(text):
    return hashlib.sha256(("regs10:" + text).encode()).digest()[0] % 10 < 3


def build_rows():
    rows = []
    seen = set()
    for grounds, setting, text in DISCRIMINATOIR:
        parts = grounds.split(",")
        if not parts or any(p not in GROUNDS for p in parts) or len(set(parts)) != len(parts):
            raise SystemExit("bad grounds %r in %r" % (grounds, text[:60]))
        if setting not in SETTINGS:
            raise SystemExit("bad setting %r in %r" % (setting, text[:60]))
        rows.append((grounds, text, setting))
    for kind, text in NEUTRAAL:
        if kind not in KINDS:
            raise SystemExit("bad kind %r in %r" % (kind, text[:60]))
        rows.append(("-", text, "neutraal-" + kind))
    for _, text, _ in rows:
        if "\t" in text or "\n" in text or "\r" in text or text != text.strip() or not text:
            raise SystemExit("bad text %r" % text[:60])
        if text in seen:
            raise SystemExit("duplicate text %r" % text[:60])
        seen.add(text)
    # deterministic, interleaved order
    rows.sort(key=lambda r: hashlib.sha256(r[1].encode()).hexdigest())
    return rows


def write(path, rows, what):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("# %s of the independent regs10 evaluation set: Dutch police registrations (BVH) for discrimination screening, hand-written without reading the engine.\n" % what)
        f.write("# generated by gendev10.py (do not edit by hand); held out when sha256('regs10:'+text)[0] % 10 < 3; columns: grounds, text, label.\n")
        f.write("grounds\ttext\tlabel\n")
        for grounds, text, label in rows:
            f.write("%s\t%s\t%s\n" % (grounds, text, label))


def summary(name, rows):
    ground_counts = Counter()
    kind_counts = Counter()
    disc = 0
    for grounds, _, label in rows:
        if grounds == "-":
            kind_counts[label] += 1
        else:
            disc += 1
            for g in grounds.split(","):
                ground_counts[g] += 1
    print("%s: %d rows (%d discriminatory, %d neutral)" % (name, len(rows), disc, len(rows) - disc))
    for g in sorted(GROUNDS):
        print("  ground %-22s %3d" % (g, ground_counts[g]))
    for k in sorted(KINDS):
        print("  kind   %-22s %3d" % ("neutraal-" + k, kind_counts["neutraal-" + k]))


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    rows = build_rows()
    dev = [r for r in rows if not held_out(r[1])]
    held = [r for r in rows if held_out(r[1])]
    write(os.path.join(here, "registrations-dev10.tsv"), dev, "Development part")
    write(os.path.join(here, "registrations-heldout10.tsv"), held, "Held-out part")
    if "-q" not in sys.argv[1:]:
        summary("all", rows)
        summary("registrations-dev10.tsv", dev)
        summary("registrations-heldout10.tsv", held)


if __name__ == "__main__":
    main()
