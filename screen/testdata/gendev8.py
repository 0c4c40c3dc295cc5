#!/usr/bin/env python3
"""Eighth set of realistic police registrations for the discrimination screen.

This script writes two files next to itself:

  registrations-dev8.tsv      development part
  registrations-heldout8.tsv  held-out part

Each row is ``grounds<TAB>text<TAB>label``. For a discriminatory registration
``grounds`` names one or more grounds (herkomst, godsdienst, antisemitisme,
seksuele_gerichtheid, genderidentiteit, geslacht, handicap, leeftijd, overig;
comma-separated) and ``label`` names the manifestation (toegang, woning, werk,
school, dienstverlening, belediging, bedreiging, geweld, graffiti, online,
buren, sport, vervoer, horeca). For a neutral registration ``grounds`` is ``-``
and ``label`` is ``neutraal-<kind>`` (ruzie, ontkenning, beleid, homoniem,
uitspraak, weigering, intern, afkomst, handicap, leeftijd).

How the set was written
-----------------------
Every core text below was written by hand, in the style of a short Dutch police
registration (BVH mutation: third person, past tense, direct speech in single
quotes). The author did NOT read the engine's lexicon, its Go sources, its
documentation or any other test set; only the file conventions of the first
lines of gendev7.py were looked at. This set concentrates on HARD cases:
motives without any slur, hostile statements in everyday words, perpetrator
denials that are still discrimination, obfuscated slurs, incidents during
trainings, lessons and sports, and quarrels where the insult is about the
group; and, on the neutral side, quarrels with non-group swearing, explicit
denials of a motive, policy texts, harmless homonyms of slurs, positive
remarks about groups, legitimate refusals, internal notes and plain
descriptions of origin, disability or age.

The surface of each core text is varied deterministically with
``random.Random(8)``: an optional opening, officer shorthand (Melder -> Mld.,
verdachte -> vdt.) for some texts, an optional closing (the ADV referral only
for texts with direct speech) and, for about one
text in ten, a typo of two swapped adjacent letters in a long word. The same
variations are drawn for both classes.

Held-out split
--------------
A row goes to the held-out file when the first byte of
SHA-256("regs8:" + final text), modulo 10, is below 3; otherwise to dev.
"""

import hashlib
import os
import random
import re
import sys
from collections import Counter

GROUNDS = {
    "herkomst", "godsdienst", "antisemitisme", "seksuele_gerichtheid",
    "genderidentiteit", "geslacht", "handicap", "leeftijd", "overig",
}
MANIFESTATIONS = {
    "toegang", "woning", "werk", "school", "dienstverlening", "belediging",
    "bedreiging", "geweld", "graffiti", "online", "buren", "sport", "vervoer",
    "horeca",
}
NEUTRAL_KINDS = {
    "ruzie", "ontkenning", "beleid", "homoniem", "uitspraak", "weigering",
    "intern", "afkomst", "handicap", "leeftijd",
}

# (grounds, core text, label), in the order written.
CASES = []


def D(grounds, text, label):
    """A discriminatory registration."""
    for g in grounds.split(","):
        assert g in GROUNDS, g
    assert label in MANIFESTATIONS, label
    CASES.append((grounds, text, label))


def N(kind, text):
    """A neutral registration (near miss)."""
    assert kind in NEUTRAL_KINDS, kind
    CASES.append(("-", text, "neutraal-" + kind))


# ---------------------------------------------------------------------------
# Discriminatory: herkomst
# ---------------------------------------------------------------------------
D("herkomst", "Melder wilde met drie vrienden de discotheek in. De portier liet de twee witte jongens van de groep door en zei tegen melder en zijn Marokkaanse vriend dat het 'vanavond vol' was. Direct daarna werden twee andere jongens wel binnengelaten.", "toegang")
D("herkomst", "Melder reageerde op een kamer in de Transvaalwijk. Toen zij telefonisch haar achternaam noemde, zei de verhuurder dat de kamer net weg was. Een vriendin met een Nederlandse naam belde een uur later en kon de kamer dezelfde avond bezichtigen.", "woning")
D("herkomst", "Taxichauffeur weigerde melder mee te nemen vanaf het station. Hij zei: 'Ik wil geen buitenlanders in mijn taxi, zoek maar een andere.' Melder is van Surinaamse afkomst.", "vervoer")
D("herkomst", "Buurman riep over de schutting naar melder en haar kinderen: 'Die lui horen hier niet, ga terug naar je eigen land.' Dit is volgens melder de derde keer deze maand.", "buren")
D("herkomst", "Tijdens een ruzie over een parkeerplek noemde verdachte aangever een 'vuile Turk' en spuugde in zijn richting.", "belediging")
D("herkomst", "Melder werkt als schoonmaker via een uitzendbureau. Zijn teamleider noemt hem en zijn Poolse collega's 'die Polacken' en geeft hun steeds de zware diensten. Hij zei dat dat niet aan hun afkomst lag, 'maar jullie zijn dat gewend daar'.", "werk")
D("herkomst", "Op de gevel van de shoarmazaak aan de Kerkstraat is met zwarte verf 'AZIELEN ROTT OP' gespoten.", "graffiti")
D("herkomst", "Onder een Facebookbericht over de opvang in de gemeente plaatste een account de reactie 'al die gelukszoekers moeten allemaal terug, desnoods met geweld'.", "online")
D("herkomst", "Melder ontving via Instagram berichten van een onbekend account met onder meer 'k@nkern3ger' en 'ga terug naar de jungle'.", "online")
D("herkomst", "Tijdens de wedstrijd JO17 maakte een speler van de tegenpartij meermaals apengeluiden naar een donkere speler van de thuisclub. De scheidsrechter heeft de wedstrijd stilgelegd.", "sport")
D("herkomst", "Een docent van het ROC zou in de les hebben gezegd dat 'Antillianen nou eenmaal lui zijn' en dat melder 'daarom wel weer te laat was'. Melder voelde zich vernederd voor de klas.", "school")
D("herkomst", "Bij de balie van het gemeentehuis weigerde een medewerker melder te helpen. Hij zei: 'Eerst maar eens Nederlands leren, anders help ik je niet.' Melder spreekt vloeiend Nederlands met een licht accent.", "dienstverlening")
D("herkomst", "Aangever werd in de tram door een man geduwd en in zijn gezicht geslagen. Verdachte riep daarbij 'kutchinees, jullie hebben corona hierheen gebracht'.", "geweld")
D("herkomst", "Melder vond een briefje in de brievenbus: 'Wij willen hier geen zwarten in de straat. Verhuis of je gaat het merken.'", "bedreiging")
D("herkomst", "Melder werd in het café als enige aan de bar niet geholpen. De barman zei hoorbaar tegen een collega: 'Die Marokkanen helpen we niet, die geven toch alleen maar gedoe.'", "horeca")
D("herkomst", "Tijdens een verplichte training klantcontact bij een energiebedrijf zei een deelnemer over klanten uit de Schilderswijk: 'Dat zijn allemaal uitkeringstrekkers uit de woestijn, die moet je gewoon afschieten.' De trainer heeft melding gemaakt.", "werk")
D("herkomst", "Een medewerker van de woningcorporatie zei tegen melder dat 'mensen zoals jullie' beter in een andere wijk konden gaan wonen, 'waar meer van jullie soort wonen'. Melder is van Somalische afkomst.", "woning")
D("herkomst", "Tijdens een ruzie in de supermarkt riep een klant tegen de caissière: 'Ga terug naar Turkije, kutwijf.'", "belediging")
D("herkomst", "Bij de amateurwedstrijd werd vanaf de zijlijn 'Wij zijn blank, wij zijn blank' gezongen richting de spelers van de bezoekende ploeg, die grotendeels van Kaapverdiaanse afkomst zijn.", "sport")
D("herkomst", "Een buschauffeur liet melder en haar zoon niet instappen en zei: 'Jullie Roma stelen toch alleen maar, loop maar.'", "vervoer")
D("herkomst", "Vdt. verklaarde na zijn aanhouding dat hij 'niks tegen buitenlanders' heeft, maar dat 'die makakken' niet in zijn portiek moeten zitten. Hij had de jongens eerder met een stok bedreigd.", "bedreiging")
D("herkomst", "Sollicitant kreeg telefonisch te horen dat de functie nog openstond. Bij het gesprek zei de eigenaar: 'O, ik dacht dat je Nederlands was. We zoeken toch iemand die beter bij het team past.'", "werk")
D("herkomst,godsdienst", "Melder werd op het schoolplein door drie leerlingen uitgescholden voor 'bruine aap' en 'ISIS-kind' en in de bosjes geduwd.", "school")
D("herkomst", "Op lantaarnpalen bij het AZC zijn stickers geplakt met de tekst 'Remigratie nu' en 'Nederland blijft wit'.", "graffiti")
D("herkomst", "Verdachte sloeg melder in het uitgaansgebied tegen zijn hoofd en riep 'k4nk3rm4rokk4an'. Omstanders hebben het gehoord.", "geweld")
D("herkomst", "Melder, een Syrische statushouder, werd in de sportschool door een man aangesproken met 'Jij hoort hier niet, deze sportschool is voor Nederlanders.' De man dreigde zijn spullen buiten te zetten.", "sport")
D("herkomst", "Een klant weigerde door melder geholpen te worden bij de kassa van de bouwmarkt en zei: 'Ik laat me niet helpen door een zwarte.' Hij ging demonstratief bij een andere kassa staan.", "dienstverlening")
D("herkomst", "In de groepsapp van het team plaatste een collega een plaatje van een gorilla met de naam van melder erbij. Melder is de enige donkere medewerker.", "werk")
D("herkomst", "Aangever kreeg bij een verkeersruzie te horen: 'Jullie allochtonen kunnen niet rijden, rot op naar je eigen land voordat ik je auto sloop.'", "bedreiging")
D("herkomst", "Melder wilde een auto huren. De medewerker vroeg naar haar afkomst en zei dat 'mensen uit Noord-Afrika' een hogere borg moesten betalen 'vanwege de ervaringen'.", "dienstverlening")
D("herkomst", "De eigenaar van het restaurant zei dat melder niet aan het raam mocht zitten omdat 'de klanten geen buitenlanders willen zien als ze binnenkomen'. Er waren meerdere tafels bij het raam vrij.", "horeca")
D("herkomst", "Melder hoorde zijn buurman tegen andere buren zeggen dat 'die Antilliaan' eruit moet en dat hij 'er wel voor zorgt dat die familie hier weggaat'. Sindsdien wordt er afval voor de deur van melder gedumpt.", "buren")
D("herkomst", "Op de deur van de berging van melder stond met stift 'kutturkenoprotten'.", "graffiti")
D("herkomst", "Bij een burenruzie over de heg riep de buurman: 'Vieze zigeuner, jullie stelen alles, ik steek je huis in de fik.'", "buren")
D("herkomst", "Tijdens een vergadering van de ondernemingsraad zei een lid over nieuwe collega's uit Eritrea dat 'die bosnegers' eerst maar eens moeten leren 'wat werken is'.", "werk")

# ---------------------------------------------------------------------------
# Discriminatory: godsdienst
# ---------------------------------------------------------------------------
D("godsdienst", "Melder solliciteerde bij een kinderopvang. Na het gesprek kreeg ze te horen dat ze was afgewezen omdat ze een hoofddoek draagt en 'de ouders dat niet prettig vinden'.", "werk")
D("godsdienst", "Een vrouw met een hoofddoek werd bij de ingang van het zwembad tegengehouden door een medewerker die zei dat 'dat ding' af moest. Badmutsen en andere hoofdbedekking waren volgens de huisregels wel toegestaan.", "toegang")
D("godsdienst", "Bij de ingang van de moskee aan de Boerhaavelaan is een varkenskop achtergelaten. Op de muur is 'ISLAM = TERREUR' gespoten.", "graffiti")
D("godsdienst", "Melder werd in de trein door een man uitgescholden voor 'bomvrouw' en 'geitenneuker'. De man trok aan haar hoofddoek.", "geweld")
D("godsdienst", "Een man riep bij de ingang van de moskee na het vrijdaggebed: 'Jullie moslims moeten allemaal het land uit, ik kom terug met benzine.'", "bedreiging")
D("godsdienst", "Melders leidinggevende verbood hem te bidden in zijn pauze, terwijl collega's in dezelfde pauze buiten mochten roken. Hij kreeg te horen: 'Dat gedoe met je Allah doe je maar thuis.'", "werk")
D("godsdienst", "Een leerling werd door een docent voor de klas gevraagd 'waarom moslims altijd zo agressief zijn' en of zijn vader 'ook een baard en een bom' had.", "school")
D("godsdienst", "Een Sikh-man werd bij de ingang van een café geweigerd. De portier zei: 'Met die tulband kom je er niet in, straks heb je er wat in verstopt.'", "horeca")
D("godsdienst", "Op X plaatste een account een foto van de moskee in aanbouw met de tekst 'Dit moet je gewoon in de fik zetten, wie doet mee?'", "online")
D("godsdienst", "Tijdens een informatieavond over de nieuwe moskee riep een bezoeker: 'Die hoofddoekjes moeten we hier niet, ze fokken als konijnen.' Hij werd door de voorzitter de zaal uit gezet.", "belediging")
D("godsdienst", "De particuliere verhuurder vroeg melder of zij 'ook zo'n moslim' was. Toen zij dit bevestigde, zei hij dat de woning 'toch al beloofd' was. De advertentie stond een week later nog online.", "woning")
D("godsdienst", "Buurvrouw hing een varkensoor aan de deurklink van de islamitische buren en riep: 'Lekker hè, halal is het niet.'", "buren")
D("godsdienst", "Een christelijke medewerker wordt door collega's stelselmatig 'Jezusfreak' genoemd. Zijn bijbel werd uit zijn kluisje gehaald en in de prullenbak gegooid.", "werk")
D("godsdienst", "Op de deur van de hindoetempel is 'KOEIENAANBIDDERS EROPUIT' geschreven.", "graffiti")
D("godsdienst", "Melder ontving een DM met de tekst 'alle m0sl1ms zijn t3rror1st3n, jij bent de volgende'.", "online")
D("godsdienst", "De eigenaar van een rijschool weigerde melder als leerling toen ze met hoofddoek binnenkwam. Hij zei dat hij 'geen gelovigen in de auto' wil en dat het 'niks persoonlijks' was.", "dienstverlening")
D("godsdienst", "Tijdens een ruzie op straat riep verdachte tegen aangever: 'Kankermoslim, ik snij je keel door net als jullie doen.'", "bedreiging")
D("godsdienst", "Een vrouw werd in de bus door een passagier uitgescholden voor 'talibanwijf'. De man trok aan haar hoofddoek en de chauffeur greep niet in.", "vervoer")
D("godsdienst", "Melder mocht van de trainer niet meedoen aan de zaalvoetbalcompetitie omdat hij tijdens de ramadan 'toch geen energie heeft' en 'die moslims de sfeer verpesten'.", "sport")
D("godsdienst", "Een medewerker van de apotheek zei tegen melder, die een hoofddoek draagt: 'Hier in Nederland doen we dat ding af.' Ze hielp haar daarna niet verder en riep de volgende klant.", "dienstverlening")
D("godsdienst", "Op een vergadering van de VvE stelde een bewoner voor om 'geen moslims meer toe te laten tot het complex' omdat 'die toch niet integreren'. Meerdere bewoners stemden in.", "woning")
D("godsdienst", "Melder, een zwangere vrouw met hoofddoek, werd op de markt door een man tegen de grond geduwd. Hij riep: 'Nog meer van die moslimbaby's, nee dank je.'", "geweld")
D("godsdienst", "In het toilet van de bedrijfskantine werd een koran in de wc-pot aangetroffen. Het exemplaar was van een collega die daar in zijn pauze bidt en die eerder 'de moskeeganger' werd genoemd.", "werk")
D("godsdienst", "Voor het kerkgebouw van de Pinkstergemeente is in de nacht een omgekeerd kruis met 'christenhonden' op de stoep gespoten.", "graffiti")
D("godsdienst", "De barman weigerde melder een cola te schenken en zei: 'Ga maar naar je eigen theehuis, hier geen baardmannen.' Melder draagt een baard en een djellaba.", "horeca")
D("godsdienst", "Tijdens de gymles moest melder van de docent haar hoofddoek af, terwijl een sporthoofddoek volgens de schoolregels is toegestaan. De docent zei: 'Zolang je dat ding op hebt, doe je niet mee.'", "school")
D("godsdienst", "In een Telegramgroep deelde verdachte het adres van de imam met de tekst 'iemand moet die baardaap een bezoekje brengen'.", "online")
D("godsdienst", "Melder hoorde haar buurman zeggen: 'Ik heb niks tegen moslims, zolang ze maar niet naast mij wonen.' Sindsdien zet hij zijn vuilniszakken voor haar deur en noemt hij haar 'de terroriste'.", "buren")
D("herkomst,godsdienst", "Verdachte schold de eigenaar van de slagerij uit voor 'halal-aap' en gooide een steen door de ruit.", "geweld")
D("godsdienst", "Bij de bijeenkomst van de wijkraad zei een deelnemer over de Hindoestaanse tempelvereniging: 'Die afgodendienaars krijgen van ons geen subsidie, die horen hier niet.'", "belediging")
D("godsdienst", "Melder kwam met haar hoofddoek een lunchroom binnen. De eigenaar zei: 'Het ligt niet aan jou, maar mijn vaste klanten willen geen hoofddoekjes zien. Ga maar ergens anders zitten.'", "horeca")

# ---------------------------------------------------------------------------
# Discriminatory: antisemitisme
# ---------------------------------------------------------------------------
D("antisemitisme", "Op de deur van een woning aan de Rijnstraat is een hakenkruis gekrast. In de woning woont een Joods gezin; aan de deurpost hangt een mezoeza.", "graffiti")
D("antisemitisme", "Melder droeg een keppel in de tram. Een groep jongens riep 'kankerjood' en 'Hamas, Hamas, joden aan het gas'.", "vervoer")
D("antisemitisme", "Tijdens de wedstrijd werd vanaf de tribune gezongen 'wie niet springt die is een jood'. De stewards hebben de groep niet verwijderd.", "sport")
D("antisemitisme", "Onder een nieuwsbericht over de herdenking plaatste een account: 'Jammer dat ze er in '45 niet mee klaar waren.'", "online")
D("antisemitisme", "Een collega zei bij het verdelen van de fooienpot over melder: 'Laat hem maar tellen, joden zijn goed met geld.' Andere collega's lachten.", "werk")
D("antisemitisme", "Een leerling van groep 8 werd door klasgenoten 'vuile jood' genoemd en kreeg een tekening van een gaskamer in zijn tas gestopt.", "school")
D("antisemitisme", "Een man stond voor de synagoge en riep tegen bezoekers dat 'ze allemaal naar Israël moeten oprotten' en dat hij 'wel weet waar ze wonen'.", "bedreiging")
D("antisemitisme", "In de reacties onder een YouTube-video schreef een gebruiker '6 miljoen was niet genoeg' en 'j00den regeren de wereld'.", "online")
D("antisemitisme", "De verhuurder vroeg melder of zijn achternaam Joods was. Nadat melder dat bevestigde, werd de bezichtiging afgezegd omdat 'de eigenaar liever geen problemen wil'.", "woning")
D("antisemitisme", "Aangever werd op het Waterlooplein geslagen door een man die kort daarvoor zijn davidsterketting had gezien. Vdt. riep: 'Dood aan de joden.'", "geweld")
D("antisemitisme", "Melder, een Joodse vrouw, vond een briefje in haar brievenbus met een getekende davidster en de tekst 'Wij weten wie je bent'.", "bedreiging")
D("antisemitisme", "In de kroeg weigerde de barman een groep met keppeltjes te bedienen en zei: 'Jullie kindermoordenaars schenk ik niks.'", "horeca")
D("antisemitisme", "Tijdens een cursus bedrijfshulpverlening maakte een deelnemer een grap over 'de douches' toen de trainer het sprinklersysteem uitlegde. Hij keek daarbij naar een Joodse collega.", "werk")
D("antisemitisme", "Op de gevel van de Joodse basisschool is 'Zionistenbroed' gespoten, met daarnaast een doorgestreepte davidster.", "graffiti")
D("antisemitisme", "Een taxichauffeur zette melder en haar zoon uit de auto toen hij zag dat de jongen een keppel droeg. Hij zei dat hij 'geen joden vervoert'.", "vervoer")
D("antisemitisme", "Bij een ruzie over geluidsoverlast riep de bovenbuurman tegen melder: 'Jij bent een vieze jood, ze hadden je moeten vergassen.'", "buren")
D("antisemitisme", "De eigenaar van een fietsenwinkel wilde melder niet helpen omdat 'jullie soort toch alles wil afpingelen'. Melder droeg een keppel.", "dienstverlening")
D("antisemitisme", "In een schoolopdracht over de Tweede Wereldoorlog schreef een leerling 'Hitler had gelijk' en tekende er hakenkruizen bij. Hij liet het aan een Joodse klasgenoot zien en zei 'jij bent de volgende'.", "school")
D("antisemitisme", "Bij de jeugdwedstrijd werden spelers van de tegenpartij als scheldwoord 'joden' genoemd en werd er vanaf de kant gesist als een gaskraan.", "sport")
D("antisemitisme", "Op de stoeptegels voor het Joods Monument is met krijt 'J00D3N = K4NK3R' geschreven.", "graffiti")
D("antisemitisme", "Melder werd in de supermarkt door een man aangesproken met 'Jullie joden zitten achter alles, ook achter corona.' Hij ramde zijn winkelwagen tegen haar aan.", "geweld")
D("antisemitisme", "Een medewerker van een reisbureau weigerde een reis voor melder te boeken toen zij haar Israëlische paspoort toonde, en zei: 'Voor joden doe ik niks.'", "dienstverlening")
D("antisemitisme", "Verdachte stuurde melder via WhatsApp een foto van een crematieoven met de tekst 'hier is nog plek voor jou en je familie'. Melder is Joods.", "bedreiging")
D("antisemitisme", "Tijdens een ruzie in de kroeg noemde verdachte aangever een 'kankerjood' en sloeg hem met een glas. Aangever droeg een Ajax-shirt.", "geweld")
D("antisemitisme", "Een cursist van de inburgeringsles zei tegen de docent dat hij 'nooit les neemt van een jood' en verliet het lokaal. De docent is Joods.", "school")
D("antisemitisme", "Melder zag dat de mezoeza van haar deurpost was afgerukt en op de mat gegooid. Op haar deur zat een sticker met 'Joden eruit'.", "buren")
D("antisemitisme", "In de groepsapp van de hockeyclub deelde een speler een karikatuur met haakneus en geldzak, met daarbij de naam van de nieuwe Joodse trainer.", "sport")
D("antisemitisme", "In de kapsalon zei de eigenaar tegen melder, die een keppel droeg: 'Hier knippen we geen zionisten, eruit.'", "dienstverlening")
D("antisemitisme", "Onder een bericht van de Joodse gemeente schreef iemand: 'Tijd voor een nieuwe Kristallnacht, wie neemt de stenen mee?'", "online")
D("antisemitisme", "De eigenaar van de feestzaal zegde de reservering van melder af toen hij hoorde dat het om een bar mitswa ging. Hij zei: 'Daar beginnen we niet aan, joden maken altijd problemen.'", "horeca")
D("antisemitisme", "Bij een demonstratie riep een deelnemer naar een voorbijganger met een keppel: 'Jij, jood, jij bent schuldig, wij komen jou halen.'", "bedreiging")

# ---------------------------------------------------------------------------
# Discriminatory: seksuele gerichtheid
# ---------------------------------------------------------------------------
D("seksuele_gerichtheid", "Twee mannen liepen hand in hand over de Oudegracht. Een groep jongens riep 'vieze flikkers' en gooide een blikje naar hen.", "geweld")
D("seksuele_gerichtheid", "Melder en haar vrouw kregen van de verhuurder te horen dat de woning 'voor een normaal gezin' bedoeld was, nadat ze hadden verteld dat ze getrouwd zijn.", "woning")
D("seksuele_gerichtheid", "Tijdens een ruzie om een fiets noemde verdachte aangever 'kankerhomo' en dreigde hij 'zijn kop in te slaan'.", "bedreiging")
D("seksuele_gerichtheid", "De regenboogvlag van melder is voor de derde keer van zijn balkon getrokken. Er lag een briefje bij: 'Geen homo's in deze flat'.", "buren")
D("seksuele_gerichtheid", "In de kleedkamer van de voetbalclub weigerden twee spelers zich naast melder om te kleden 'omdat hij homo is'. Ze zeiden dat hij 'maar bij de meisjes' moest.", "sport")
D("seksuele_gerichtheid", "Melder kreeg na zijn coming-out geen diensten meer ingeroosterd. De bedrijfsleider zei dat het 'niks met je geaardheid te maken heeft, maar de klanten voelen zich er ongemakkelijk bij'.", "werk")
D("seksuele_gerichtheid", "Op het schoolplein werd melder dagelijks 'potje' en 'lesbo' genoemd. Een leerling duwde haar van de trap.", "school")
D("seksuele_gerichtheid", "Op de muur van het COC-gebouw is 'HOMOS ZIJN ZIEK' gespoten.", "graffiti")
D("seksuele_gerichtheid", "Melder werd via een datingapp naar een afspraak gelokt. Daar werd hij door drie jongens opgewacht, geslagen en beroofd. Een van hen riep 'dit krijg je als je een nicht bent'.", "geweld")
D("seksuele_gerichtheid", "Melder ontving onder haar TikTok-video reacties als 'fl1kk3rs' en 'h0m0s moeten branden'.", "online")
D("seksuele_gerichtheid", "De taxichauffeur zette het stel bij de afrit uit de auto nadat de twee mannen elkaar een kus hadden gegeven. Hij zei: 'Dat gedrag wil ik niet in mijn auto, dat is tegen de natuur.'", "vervoer")
D("seksuele_gerichtheid", "In het café werd een lesbisch stel gevraagd te vertrekken omdat ze elkaar zoenden. Een man en vrouw aan de bar die ook zoenden, mochten blijven.", "horeca")
D("seksuele_gerichtheid", "De buurman roept volgens melder 'mietje' en 'homo' als hij langsloopt en heeft gezegd dat 'zulke mensen' beter kunnen verhuizen.", "buren")
D("seksuele_gerichtheid", "De eigenaar van de bakkerij weigerde een bruidstaart te maken voor twee mannen. Hij zei dat hij 'geen taarten maakt voor zulke bruiloften'.", "dienstverlening")
D("seksuele_gerichtheid", "Tijdens een teambuildingsdag zei een collega in het bijzijn van de groep tegen melder: 'Jij gaat toch niet mee de sauna in, straks word je nog opgewonden.' Melder is homoseksueel.", "werk")
D("seksuele_gerichtheid", "Een leraar zei tijdens de biologieles dat homoseksualiteit 'een afwijking is die je kunt genezen' en keek daarbij naar een leerling die net uit de kast is gekomen.", "school")
D("seksuele_gerichtheid", "Verdachte duwde melder van zijn fiets nadat hij de regenboogbadge op diens tas had gezien en riep 'homo's horen hier niet'.", "geweld")
D("seksuele_gerichtheid", "Tijdens de amateurwedstrijd werd een speler van wie bekend is dat hij een vriend heeft door supporters toegezongen met 'homo, homo'. De scheidsrechter legde de wedstrijd stil.", "sport")
D("seksuele_gerichtheid", "In de Snapchatgroep van de klas werd een foto van melder gedeeld met de tekst 'deze pot moet dood'.", "online")
D("seksuele_gerichtheid", "Bij de priklocatie zei een medewerker dat ze melder 'liever niet' hielp, 'want je weet nooit wat jullie hebben'. Melder had net verteld dat zijn man hem kwam ophalen.", "dienstverlening")
D("seksuele_gerichtheid", "Een man riep naar twee vrouwen die hand in hand liepen: 'Jullie moeten gewoon eens goed geneukt worden, dan ben je wel genezen.' Hij liep daarna een eind achter ze aan.", "bedreiging")
D("seksuele_gerichtheid", "Melder werd bij de deur van de club tegengehouden. De portier zei: 'Homo's gaan maar naar hun eigen tent.'", "toegang")
D("seksuele_gerichtheid", "Op de voordeur van melder is met stift 'HOMOFIELENHUIS' geschreven.", "graffiti")
D("seksuele_gerichtheid", "Tijdens een ruzie over de verdeling van spullen noemde de ex van melder haar nieuwe vriendin een 'vuile pot' en zei ze dat 'lesbiennes kinderen verpesten'.", "belediging")
D("seksuele_gerichtheid", "Melder moest van zijn werkgever tijdens klantgesprekken zijn trouwring met zijn man afdoen en 'niet zo opvallen'. Getrouwde hetero collega's droegen hun ring gewoon.", "werk")
D("seksuele_gerichtheid", "In de bus riep een passagier: 'Moet je die h0mo zien, die moeten we van de bus gooien.' Hij schopte tegen de stoel van de jongen.", "vervoer")
D("seksuele_gerichtheid", "Melder is biseksueel en kreeg van haar bovenbuurman te horen dat 'biseksuelen niet kunnen kiezen en ziektes verspreiden'. Hij schreeuwt dit vaker in het trappenhuis.", "buren")
D("seksuele_gerichtheid", "Op een forum plaatste iemand namen en adressen van deelnemers aan de Pride-botenparade met de oproep 'pak ze op de terugweg'.", "online")
D("seksuele_gerichtheid", "Tijdens een EHBO-cursus weigerde een deelnemer de reanimatieoefening met melder te doen en zei luid: 'Ik ga geen homo zoenen, straks krijg ik aids.'", "belediging")
D("seksuele_gerichtheid", "De voetbaltrainer zette melder uit het team nadat bekend werd dat hij een vriend heeft. De trainer zei: 'Het ligt niet aan jou, maar de jongens willen geen homo in de kleedkamer.'", "sport")
D("seksuele_gerichtheid", "Tijdens een vechtpartij voor de snackbar riep verdachte 'vuile homo' en 'ik maak je kapot, mietje'. Aangever had kort daarvoor zijn vriend gekust.", "geweld")

# ---------------------------------------------------------------------------
# Discriminatory: genderidentiteit
# ---------------------------------------------------------------------------
D("genderidentiteit", "Melder is transvrouw. Bij de sportschool mocht ze niet naar de damesomkleedruimte. De medewerker zei: 'Je bent gewoon een man in een jurk.'", "toegang")
D("genderidentiteit", "De verhuurder zegde de huurovereenkomst op nadat hij erachter kwam dat melder transgender is. Hij schreef in een appje dat hij 'geen freaks in zijn pand' wil.", "woning")
D("genderidentiteit", "Een collega noemt melder consequent bij haar oude mannelijke naam en 'hij', ook nadat melder hem meerdere keren heeft gevraagd dat niet te doen. Hij zei: 'Je blijft voor mij gewoon een kerel.'", "werk")
D("genderidentiteit", "Melder werd in het centrum door een man uitgescholden voor 'travo' en 'shemale' en in het gezicht geslagen.", "geweld")
D("genderidentiteit", "Op X werd melder getagd in berichten met 'tr@nny' en '41% is nog niet genoeg'.", "online")
D("genderidentiteit", "Een non-binaire leerling werd door de gymdocent gedwongen zich bij de jongens om te kleden. De docent zei: 'Bij mij bestaat dat gedoe met hen en die niet.'", "school")
D("genderidentiteit", "De barman weigerde melder te bedienen en zei tegen zijn collega: 'Dat ding daar help ik niet, ik weet niet eens of het een man of een vrouw is.'", "horeca")
D("genderidentiteit", "Op de deur van melder, een transman, is 'ZIEKE GEEST' en 'JE BLIJFT EEN WIJF' gespoten.", "graffiti")
D("genderidentiteit", "De buurman filmt melder, een transvrouw, als ze haar huis verlaat en zet de filmpjes in de buurtapp met de tekst 'daar gaat ie weer, de verklede vent'.", "buren")
D("genderidentiteit", "Bij het loket van de gemeente weigerde een medewerker de gewijzigde geslachtsregistratie van melder te verwerken. Hij zei: 'Voor mij ben je gewoon nog steeds een man, daar werk ik niet aan mee.'", "dienstverlening")
D("genderidentiteit", "Tijdens de wedstrijd riep een tegenstander naar melder: 'Jij hoort niet bij de vrouwen, jij bent een vent.' Na afloop werd melder in de kleedkamer tegen de muur geduwd.", "sport")
D("genderidentiteit", "Een man stuurde melder via Instagram: 'Ik weet waar je woont, mensen zoals jij moet je afmaken, kankerding.'", "bedreiging")
D("genderidentiteit", "De chauffeur van de regiotaxi weigerde melder mee te nemen en zei: 'Ik rij geen travestieten.' De rit was vooraf bevestigd.", "vervoer")
D("genderidentiteit", "Een medewerker van de huisartsenpraktijk zei aan de telefoon tegen melder dat de huisarts 'geen transgenders in de praktijk' wil en dat melder elders moest zoeken.", "dienstverlening")
D("genderidentiteit", "Melder werd na haar transitie door haar werkgever van de balie gehaald en naar het magazijn overgeplaatst. De manager zei dat het 'niet om haar ging, maar om het imago naar klanten'.", "werk")
D("genderidentiteit", "Tijdens een training diversiteit bij een zorginstelling zei een deelnemer dat 'transgenders geesteszieken zijn die je niet bij kinderen moet laten komen'. Melder, zelf trans, liep de zaal uit.", "werk")
D("genderidentiteit", "Op het station werd melder door twee jongens gevolgd die riepen 'is het een man of een vrouw?' en 'laat eens zien wat je in je broek hebt'. Een van hen trok aan haar pruik.", "geweld")
D("genderidentiteit", "In de klassenapp werd een foto van melder gedeeld met de tekst 'hij denkt dat hij een meisje is lol' en 'tr4nsj3 k4nk3r'.", "online")
D("genderidentiteit", "Op het fietspad bij de school zijn met witte verf de naam van een transgender leerling en het woord 'FREAK' aangebracht.", "graffiti")
D("genderidentiteit", "Melder werd bij de kapper niet in de damessalon geholpen. De kapper zei: 'Jij bent toch als jongen geboren, dan ga je maar naar de herenkapper.'", "dienstverlening")
D("genderidentiteit", "Een buurvrouw riep naar melder, die non-binair is: 'Kies nou eens wat je bent, gestoord mens,' en gooide een emmer water over melder heen.", "buren")
D("genderidentiteit", "De portier liet melder niet binnen en zei: 'Geen mannen in vrouwenkleren vanavond.' Melder is transvrouw en had een geldig toegangsbewijs.", "toegang")
D("genderidentiteit", "Tijdens een vergadering van de jongerenraad noemde een deelnemer de transgender voorzitter herhaaldelijk 'meneer' en 'het', en zei dat 'zo iemand geen voorbeeld mag zijn voor kinderen'.", "belediging")
D("genderidentiteit", "Een conducteur riep in de volle coupé, wijzend naar melder: 'Kijk eens, een he-she, waar moet die heen, de heren- of de damestoiletten?' Medereizigers lachten.", "vervoer")
D("genderidentiteit", "Melder werd na een sollicitatiegesprek afgewezen nadat zij vertelde dat ze in transitie is. De interviewer zei: 'We zoeken iemand die stabiel is, je begrijpt het wel.'", "werk")
D("genderidentiteit", "Tijdens de les maatschappijleer zei een leerling dat 'transmensen in een gesticht horen' en riep hij naar een transgender klasgenoot 'jij eerst'. De docent greep niet in.", "school")
D("genderidentiteit", "Verdachte schopte melder bij de tramhalte tegen haar benen en riep: 'Kerel in een rok, je bent een schande.'", "geweld")
D("genderidentiteit", "De voorzitter van de zwemvereniging weigerde het lidmaatschap van melder, een transjongen, en schreef: 'Bij ons zwemmen jongens en meisjes zoals God ze gemaakt heeft.'", "sport")
D("genderidentiteit", "De beveiliger van het winkelcentrum trok melder uit het damestoilet en riep: 'Jij bent een kerel, ga naar de heren.' Omstanders filmden het.", "geweld")

# ---------------------------------------------------------------------------
# Discriminatory: geslacht
# ---------------------------------------------------------------------------
D("geslacht", "Aan de balie van het bureau weigerde een man zijn aangifte te laten opnemen door de dienstdoende agente. Hij zei: 'Ik praat niet met vrouwen, haal maar een man.'", "dienstverlening")
D("geslacht", "Melders tijdelijke contract werd niet verlengd kort nadat zij haar zwangerschap had gemeld. De leidinggevende zei dat het 'niet aan de zwangerschap' lag, 'maar we hebben iemand nodig die er echt is'.", "werk")
D("geslacht", "De automonteur zei tegen melder dat hij 'niet met wijven over auto's praat' en dat ze haar man moest sturen. Hij weigerde de reparatie aan te nemen.", "dienstverlening")
D("geslacht", "Melder solliciteerde als heftruckchauffeur. De eigenaar zei aan de telefoon: 'Een meid op de heftruck? Nee, dat wordt niks, dat is mannenwerk.'", "werk")
D("geslacht", "Tijdens een verkeersruzie riep de bestuurder naar melder: 'Vrouwen horen niet achter het stuur, terug naar het aanrecht.' Hij sneed haar daarna expres af.", "bedreiging")
D("geslacht", "Een groep mannen in het café riep naar melder dat 'vrouwen niet aan de bar horen'. De barman weigerde haar te bedienen 'zonder mannelijke begeleiding'.", "horeca")
D("geslacht", "Op de gevel van de vrouwenopvang is 'FEMINAZI HOEREN' gespoten.", "graffiti")
D("geslacht", "Melder, een vrouwelijke scheidsrechter, werd na de wedstrijd door spelers en publiek uitgescholden met 'ga thuis koken' en 'wijven moeten niet fluiten'. Een speler duwde haar.", "sport")
D("geslacht", "Onder een video van melder, een raadslid, plaatste een account: 'Vrouwen zoals jij moeten een keer flink verkracht worden, dan houd je je bek wel.'", "online")
D("geslacht", "Een leraar zei in de klas dat 'meisjes toch niet kunnen rekenen' en dat melder 'beter de verzorging in kan gaan'. Zij kreeg als enige geen plek in de plusgroep, terwijl haar cijfers het hoogst waren.", "school")
D("geslacht", "De taxichauffeur weigerde melder en haar vriendin mee te nemen omdat 'vrouwen zonder man 's nachts niet op straat horen'.", "vervoer")
D("geslacht", "Melder werkt als monteur. Collega's hangen pornoplaatjes op haar kluisje en noemen haar 'het wijf'. De teamleider zei dat ze 'tegen een grapje moet kunnen in een mannenberoep'.", "werk")
D("geslacht", "In een advertentie voor een kamer stond 'geen vrouwen'. Melder reageerde toch en kreeg te horen dat vrouwen 'te lang douchen en te veel zeuren'.", "woning")
D("geslacht", "Een man volgde melder vanaf het station en riep dat 'vrouwen die zo gekleed gaan erom vragen' en dat hij haar 'wel een lesje zou leren'.", "bedreiging")
D("geslacht", "Melder kreeg via Discord berichten als 'vr0uw3n zijn b3z1t' en 'ga k0k3n w1jf'.", "online")
D("geslacht", "Tijdens een cursus leidinggeven zei een deelnemer over de trainster dat 'je van een vrouw niet leert hoe je moet leiden'. Hij weigerde haar opdrachten uit te voeren.", "werk")
D("geslacht", "Bij de snackbar werd melder steeds overgeslagen. De eigenaar zei dat hij 'eerst de heren' helpt en dat 'vrouwen maar moeten wachten'.", "horeca")
D("geslacht", "Het meidenteam van de voetbalclub kreeg van het bestuur geen trainingsveld meer, omdat 'vrouwenvoetbal geen echte sport is'. De jongensteams van dezelfde leeftijd hielden hun velden.", "sport")
D("geslacht", "De buurman van melder zei tegen zijn vrienden dat 'dat alleenstaande wijf' het huis niet verdient. Hij plakt briefjes op haar deur met 'teef' en 'zoek een vent'.", "buren")
D("geslacht", "Een man riep in de tram tegen de vrouwelijke controleur 'van een vrouw laat ik me niet controleren' en sloeg haar hand met de scanner weg.", "geweld")
D("geslacht", "Een klant van het bouwbedrijf weigerde met de projectleider te overleggen en zei: 'Ik doe geen zaken met vrouwen, stuur je baas maar.'", "werk")
D("geslacht", "Melder werd bij de salarisronde overgeslagen. Haar manager zei: 'Jij hebt toch een man die verdient, de jongens moeten een gezin onderhouden.'", "werk")
D("geslacht", "Op de muur van de meidenclub in het buurthuis staat 'MEIDEN = KEUKEN' met een tekening van een vrouw met een prop in haar mond.", "graffiti")
D("geslacht", "Melder wilde bij de autodealer een auto kopen, maar werd genegeerd. De verkoper zei: 'Kom maar terug met je man, dan praten we over de prijs.'", "dienstverlening")
D("geslacht", "Tijdens een ruzie bij de ingang van de kroeg sloeg verdachte melder en riep: 'Een vrouw hoort haar bek te houden als een man praat.'", "geweld")
D("geslacht", "Melder, een vader, mocht van de kinderopvang zijn dochter niet verschonen omdat 'mannen daar niet voor zijn'. Moeders mochten dat wel.", "dienstverlening")
D("geslacht", "Een studente vertelde dat haar stagebegeleider haar niet wilde begeleiden 'omdat vrouwen in de bouw alleen maar afleiden'. Ze werd naar de administratie gestuurd.", "school")
D("geslacht", "In een Facebookgroep van de wijk schreef een man over de nieuwe wijkagente: 'Een wijf in uniform, daar luistert niemand naar, die moet je negeren of een klap geven.'", "online")
D("geslacht", "De huisbaas weigerde melder een kamer en zei: 'Ik verhuur niet aan meiden, die nemen steeds vriendjes mee en huilen bij elk lekje.'", "woning")

# ---------------------------------------------------------------------------
# Discriminatory: handicap
# ---------------------------------------------------------------------------
D("handicap", "Melder werd met zijn geleidehond geweigerd in het restaurant. De eigenaar zei: 'Geen honden, ook niet als je blind bent.'", "horeca")
D("handicap", "Een taxichauffeur weigerde melder mee te nemen toen hij de rolstoel zag en zei dat hij 'geen zin heeft in dat gesjouw'. Melder had de rolstoel vooraf bij de boeking gemeld.", "vervoer")
D("handicap", "Melder, een jongen met het syndroom van Down, wordt op het schoolplein door klasgenoten 'mongool' genoemd en nageaapt. Eén leerling sloeg hem met een tas.", "school")
D("handicap", "Melder, die doof is, werd bij de bank niet geholpen. De medewerker zei dat hij 'geen tijd heeft voor dat gebarengedoe' en stuurde hem weg.", "dienstverlening")
D("handicap", "Buurjongens roepen 'kreupele' en 'spast' als melder met zijn rollator langskomt. Ze hebben zijn rollator een keer in de sloot gegooid.", "buren")
D("handicap", "Melder solliciteerde bij een callcenter. Toen ze vertelde dat ze autisme heeft, zei de recruiter: 'Dan ben je voor ons niet geschikt, autisten kunnen niet met mensen.'", "werk")
D("handicap", "De portier liet melder niet binnen en zei dat 'mensen in een rolstoel een brandrisico zijn'. De club heeft een lift en een invalidentoilet.", "toegang")
D("handicap", "Op de auto van melder, die een gehandicaptenparkeerkaart heeft, is 'NEP-INVALIDE' en 'PARASIET' gekrast.", "graffiti")
D("handicap", "Onder een TikTok-video van melder, die cerebrale parese heeft, schreven gebruikers 'sp@st' en 'zulke mensen werden vroeger weggestopt'.", "online")
D("handicap", "Een verhuurder weigerde melder de woning toen hij hoorde dat ze een psychiatrische aandoening heeft. Hij zei: 'Ik wil geen gekken in mijn pand.'", "woning")
D("handicap", "Tijdens een ruzie in de rij bij de kassa riep een man naar melder, die slechtziend is: 'Kijk uit je doppen, blinde mol, jullie moeten gewoon thuisblijven.' Hij duwde haar opzij.", "geweld")
D("handicap", "Melder mocht bij de sportschool met zijn beenprothese geen abonnement nemen. De eigenaar zei dat het 'geen gezicht' is voor de andere leden.", "sport")
D("handicap", "Melder werkt in een supermarkt en heeft een lichte verstandelijke beperking. Zijn collega's noemen hem 'de debiel' en verstoppen zijn jas. De chef zei dat hij 'gewoon moet leren lachen'.", "werk")
D("handicap", "Een buschauffeur weigerde de oprijplaat uit te klappen voor melder in haar rolstoel en zei: 'Ik ga voor jou niet de hele dienstregeling verpesten.' Hij reed door.", "vervoer")
D("handicap", "Een man stuurde melder, die stottert, audioberichten waarin hij haar stotteren nadoet. Hij schreef erbij 'gehandicapte kuthoer, ik maak je af'.", "bedreiging")
D("handicap", "In de kroeg werd melder, die door een spierziekte onvast loopt, geweigerd omdat hij 'al dronken' zou zijn. Melder had niets gedronken en liet zijn medische pas zien; de portier bleef weigeren en zei 'zulke lopers willen we hier niet'.", "horeca")
D("handicap", "Een docent weigerde melder extra tijd bij een toets ondanks haar dyslexieverklaring. Hij zei voor de klas: 'Dyslexie is een excuus voor domme kinderen.'", "school")
D("handicap", "De buurman zet zijn auto met opzet voor de oprit van melder, die in een rolstoel zit. Hij zei: 'Kreupelen hebben geen auto nodig.'", "buren")
D("handicap", "Bij het loket zei een medewerker tegen melder, die een psychische aandoening heeft: 'Jullie psychopaten willen alleen maar een uitkering.'", "dienstverlening")
D("handicap", "Op het hek van de zorgboerderij is 'MONGOLENFARM' gespoten.", "graffiti")
D("handicap", "Tijdens de wedstrijd van het G-team riepen jongens langs de lijn 'kijk die mongolen' en gooiden ze bekers naar de spelers.", "sport")
D("handicap", "Verdachte sloeg melder, die blind is, de taststok uit handen en riep: 'Dan zie je ook niet wie je slaat.' Daarna schopte hij hem.", "geweld")
D("handicap", "Een verzekeraar weigerde melder elke reisverzekering nadat hij vertelde dat hij epilepsie heeft, ook voor bagage en annulering. De medewerker zei: 'Zulke mensen willen we gewoon niet als klant.'", "dienstverlening")
D("handicap", "In de klassenapp werd een filmpje gedeeld waarin een klasgenoot de tics van melder, die Tourette heeft, nadoet, met de tekst 'die gestoorde moet naar een speciale school'.", "online")
D("handicap", "Een restaurant weigerde een reservering voor een groep cliënten van de dagbesteding. De eigenaar zei aan de telefoon: 'Die mensen schrikken mijn gasten af.'", "horeca")
D("handicap", "Tijdens een vergadering van de ondernemersvereniging zei een lid dat 'die gehandicapten van de sociale werkplaats' niet meer door de winkelstraat moeten lopen 'want dat is slecht voor de omzet'.", "belediging")
D("handicap", "Melder heeft een hulphond vanwege PTSS. De verhuurder van een vakantiehuisje annuleerde de boeking toen hij dat hoorde, hoewel melder het certificaat van de hond toonde.", "dienstverlening")
D("handicap", "Een voorbijganger riep naar melder in zijn scootmobiel: 'Opzij, invalide, jij kost ons alleen maar geld,' en trapte tegen het voertuig.", "geweld")
D("handicap", "Een docent zette een leerling met gehoorapparaat achter in de klas en zei: 'Dove kinderen horen op een dovenschool, ik ga niet harder praten voor jou.'", "school")

# ---------------------------------------------------------------------------
# Discriminatory: leeftijd
# ---------------------------------------------------------------------------
D("leeftijd", "Melder, 58 jaar, solliciteerde bij een logistiek bedrijf. Hij kreeg een mail terug dat het team 'jong en dynamisch' is en dat hij 'gezien zijn leeftijd' niet zou passen.", "werk")
D("leeftijd", "Bij een reorganisatie werden alleen medewerkers boven de 55 ontslagen. De directeur zei in een vergadering: 'Die oudjes kosten te veel en leren niks nieuws meer.'", "werk")
D("leeftijd", "Melder, 71 jaar, werd in het bankkantoor genegeerd. De medewerker zei tegen een collega: 'Die bejaarden snappen toch niks van internetbankieren, stuur haar maar weg.'", "dienstverlening")
D("leeftijd", "Op de muur van het seniorencomplex is 'OUDE LIJKEN OPROTTEN' gespoten.", "graffiti")
D("leeftijd", "Een groep jongeren riep naar melder, 80 jaar, die met haar rollator liep: 'Ga eens dood, ouwe, je kost alleen maar geld.' Ze duwden haar tegen een muur.", "geweld")
D("leeftijd", "Onder een bericht over de AOW schreef iemand: 'Die boomers moeten allemaal een spuitje krijgen, dan is de woningnood ook opgelost.'", "online")
D("leeftijd", "In een vacature van een uitzendbureau stond 'max. 30 jaar'. Melder, 45, belde en kreeg te horen: 'Oudere mensen zijn trager, dat willen de klanten niet.'", "werk")
D("leeftijd", "Een taxichauffeur weigerde melder, een oudere man met een stok, en zei: 'Met jullie oudjes duurt het altijd een uur, neem de regiotaxi maar.'", "vervoer")
D("leeftijd,geslacht", "Melder, 62, kreeg van haar leidinggevende te horen dat ze 'beter eerder met pensioen kan gaan' omdat 'oude vrouwen niet meer aan de balie passen'. Ze werd overgeplaatst naar de achterkamer.", "werk")
D("leeftijd", "Bij een sportschool werd melder, 67, een abonnement geweigerd. De medewerker zei dat 'bejaarden hier niet thuishoren', terwijl melder een verklaring van de huisarts bij zich had.", "sport")
D("leeftijd", "De buurman roept als melder, 84, buiten zit: 'Ouwe taart, ga naar een bejaardenhuis, je hoort hier niet meer.' Hij heeft haar bloembakken vernield.", "buren")
D("leeftijd", "Melder, 17, werd in een telefoonwinkel niet geholpen. De verkoper zei: 'Jullie jongeren jatten toch alleen maar, ik help je niet.' Melder wilde een hoesje kopen en had geld bij zich.", "dienstverlening")
D("leeftijd", "In de groepsapp van het team schreef de teamleider over melder, 60: 'Die opa moet er maar uit, die haalt het niet meer.' Collega's reageerden met lachende emoji's.", "werk")
D("leeftijd", "Tijdens de bewonersvergadering zei een deelnemer dat 'die ouwe zakken van het zorgcentrum' niet meer mogen meestemmen 'want die zijn toch dement'.", "belediging")
D("leeftijd", "Melder, 74, kreeg anonieme brieven met de tekst 'Jij bent te oud om hier te wonen, maak plaats voor jonge gezinnen of er gebeurt iets met je huis.'", "bedreiging")
D("leeftijd", "Een docent zei tegen een cursist van 52: 'Op jouw leeftijd heeft het geen zin meer om dit te leren, je bent een verloren geval.' Hij kreeg als enige geen stageplek toegewezen.", "school")
D("leeftijd", "Melder, 68, en haar man werden bij de deur van het restaurant geweigerd. De gastvrouw zei: 'Wij willen hier een jong publiek, er zijn genoeg zaken voor ouderen.' Er waren tafels vrij.", "horeca")
D("leeftijd", "Op Instagram plaatste een account een foto van bewoners van het verzorgingshuis met 'b00m3rs r0tt3n op' en 'tijd voor de kist'.", "online")
D("leeftijd", "Melder, 59, werd niet ingeschreven voor een bedrijfsopleiding. De HR-medewerker zei dat 'investeren in oudere werknemers weggegooid geld is'.", "werk")
D("leeftijd", "Bij een ruzie in de supermarkt riep een jongeman tegen melder, 78: 'Kankerbejaarde, jullie moeten allemaal dood.' Hij sloeg haar boodschappen uit haar hand.", "geweld")
D("leeftijd", "De organisator van de wandeltocht weigerde de inschrijving van melder, 70, omdat 'ouderen alleen maar onderweg neervallen'. In het reglement staat geen leeftijdsgrens.", "sport")
D("leeftijd", "De verhuurder wees de woning niet aan melder toe en zei: 'Een vrouw van 75, straks ligt u hier dood en dan heb ik het gedoe.'", "woning")
D("leeftijd", "Een buschauffeur reed weg toen melder, 81, wilde instappen, en riep uit het raam: 'Te langzaam, oudje, neem een taxi.' Volgens melder gebeurt dit vaker op deze lijn.", "vervoer")
D("leeftijd", "Tijdens een training klantcontact zei de trainer dat 'je oudere klanten het beste kunt afpoeieren, die begrijpen het toch niet'. Een deelnemer van 63 voelde zich aangesproken en diende een klacht in.", "werk")
D("leeftijd", "Melder, 16, werd met een vriendin de bibliotheek uitgezet door een beveiliger die zei: 'Jullie jongeren verpesten alles, wegwezen.' Ze zaten rustig te studeren.", "toegang")
D("leeftijd", "Melder, 63, werd bij een sollicitatiegesprek gevraagd wanneer ze met pensioen ging. Ze kreeg te horen dat 'iemand van uw generatie' niet past bij 'onze digitale cultuur'.", "werk")

# ---------------------------------------------------------------------------
# Discriminatory: overig (politieke gezindheid, burgerlijke staat,
# levensovertuiging, arbeidsduur, woonwagenbewoners)
# ---------------------------------------------------------------------------
D("overig", "Melder kreeg de huurwoning niet toen hij vertelde dat hij gescheiden is en alleen met zijn kinderen woont. De verhuurder zei: 'Alleenstaande vaders, daar heb ik slechte ervaringen mee.'", "woning")
D("overig", "Melder droeg op het werk een speldje van een politieke partij. De bedrijfsleider zei dat hij 'zulke linkse types' niet in de winkel wil en ontsloeg hem dezelfde week.", "werk")
D("overig", "Melder woont in een woonwagen. Bij de slagboom van de camping werd hij geweigerd toen hij zijn adres noemde; de beheerder zei: 'Woonwagenvolk komt er bij ons niet in.'", "toegang")
D("overig", "Op de woning van een gemeenteraadslid van GroenLinks is 'LINKS TUIG WEG UIT ONZE STRAAT' gespoten.", "graffiti")
D("overig", "Een werkgever vroeg bij het sollicitatiegesprek of melder getrouwd was. Toen ze zei dat ze ongehuwd samenwoont, zei hij dat 'zulke relaties niet stabiel zijn' en kreeg ze de baan niet.", "werk")
D("overig", "Een café hing een bordje op met 'Geen PVV-stemmers'. Melder werd geweigerd toen de portier zijn partijpet zag.", "horeca")
D("overig", "Melder heeft in de klas verteld dat hij atheïst is. De docent levensbeschouwing zei voor de klas dat 'ongelovigen geen moraal hebben' en gaf hem een onvoldoende zonder zijn werkstuk te lezen.", "school")
D("overig", "Een medewerkster met een deeltijdcontract kreeg als enige geen eindejaarsbonus. De manager zei: 'Parttimers zijn geen echte collega's.'", "werk")
D("overig", "Melder werd op de markt bespuugd toen hij folders van de SP uitdeelde. De man riep: 'Communistentuig, jullie moeten allemaal opgehangen worden.'", "geweld")
D("overig", "In de buurtapp werd opgeroepen om 'die woonwagenkampers' uit de wijk te jagen. Een deelnemer schreef: 'We gaan vanavond met z'n allen langs, neem een knuppel mee.'", "online")
D("overig", "De verhuurder schreef in een advertentie 'geen alleenstaande moeders'. Melder reageerde en kreeg te horen dat 'die altijd achterlopen met de huur'.", "woning")
D("overig", "De voorzitter van de tennisclub weigerde melder als lid nadat bekend werd dat hij lid is van een rechtse partij. Hij zei: 'Zulke mensen willen we hier niet.'", "sport")
D("overig", "Een kapper weigerde melder te knippen toen hij een button van Extinction Rebellion op haar jas zag. Hij zei dat hij 'geen klimaatdrammers' helpt.", "dienstverlening")
D("overig", "Melder woont op het woonwagenkamp. In de bouwmarkt werd hij door de beveiliging gevolgd en moest hij als enige zijn tas openen. De beveiliger zei: 'Jullie van het kamp jatten toch altijd.'", "dienstverlening")
D("overig", "De buurman van melder, die actief is voor een linkse partij, hangt posters op met 'linkse rat' en een foto van melder. Hij heeft haar brievenbus dichtgekit.", "buren")
D("overig,geslacht", "Melder, een weduwe, werd door de bank geweigerd voor een hypotheekgesprek. De adviseur zei dat 'alleenstaande vrouwen' niet in aanmerking komen, zonder naar haar inkomen te kijken.", "dienstverlening")
D("overig", "Onder een bericht van een gemeenteraadslid schreef iemand: 'Alle VVD'ers tegen de muur, ik begin met jou.'", "online")
D("overig", "Een taxichauffeur zette melder uit de auto nadat die aan de telefoon vertelde dat hij op de BBB stemt. Hij zei: 'Boerenpummels rijd ik niet.'", "vervoer")
D("overig", "Tijdens een ouderavond zei een leerkracht dat 'kinderen van gescheiden ouders' altijd probleemkinderen zijn. De dochter van melder werd zonder reden in de bijlesgroep geplaatst.", "school")
D("overig", "De eigenaar van een café hing een bord op met 'kermisvolk en woonwagenbewoners niet welkom'. Melder werd bij de deur tegengehouden toen de portier hem herkende.", "horeca")
D("overig", "Tijdens een inspraakavond riep een bezoeker naar een spreker met een partijsjaal: 'Jullie linkse ratten moeten we opknopen, ik weet je te vinden.'", "bedreiging")
D("overig", "Melder werd als enige medewerker met een nulurencontract niet uitgenodigd voor het personeelsfeest. De eigenaar zei: 'Flexkrachten horen niet bij de familie.'", "werk")
D("overig", "Bij de voetbalclub wordt een jongen van het woonwagenkamp door medespelers 'kampkakker' en 'dief' genoemd. De trainer laat hem als enige elke week op de bank.", "sport")
D("overig", "Een medewerker van de sociale dienst zei tegen melder, die ongehuwd samenwoont: 'Hokken is niks, dan krijg je van mij geen hulp, trouw eerst maar.'", "dienstverlening")
D("overig", "Melder werd door een buurman bedreigd met 'ik sla je kop in, vuile communist' nadat ze een verkiezingsaffiche van haar partij voor het raam had gehangen.", "bedreiging")

# ---------------------------------------------------------------------------
# Neutral: ruzie (swearing that is not about a group; quarrels between
# people of stated origins without any motive)
# ---------------------------------------------------------------------------
N("ruzie", "Melder en haar ex-partner kregen ruzie bij de overdracht van de kinderen. De ex riep 'kutwijf' en 'je bent een slechte moeder' en sloeg de autodeur dicht. Geen letsel.")
N("ruzie", "Twee buren kregen ruzie over een overhangende tak. De buurman noemde melder een 'klootzak' en een 'sukkel' en dreigde de heg om te zagen.")
N("ruzie", "Verkeersruzie op de Ringweg. De bestuurder van een bestelbus stapte uit, riep 'idioot, heb je je rijbewijs bij de Action gekocht?' en sloeg op de motorkap van melder.")
N("ruzie", "Op de bouwplaats kregen twee collega's ruzie over gereedschap. De een noemde de ander 'mongool' en 'prutser'. Er werd over en weer geduwd, niemand raakte gewond.")
N("ruzie", "Melder kreeg in de woning ruzie met haar vriend. Hij noemde haar 'hoer' omdat ze met een collega had geappt. Buren hoorden geschreeuw; partijen zijn tot rust gemaand.")
N("ruzie", "Melder, van Turkse afkomst, en zijn buurman, van Marokkaanse afkomst, hebben al maanden ruzie over de herrie van een wasmachine. Over en weer worden 'klootzak' en 'rotzak' geroepen.")
N("ruzie", "Twee vrouwen van Surinaamse afkomst kregen in de rij bij de kassa ruzie over wie eerst was. Ze scholden elkaar uit voor 'trut' en 'stomme koe'. Beveiliging kwam tussenbeide.")
N("ruzie", "Melder werd op de fiets bijna aangereden door een scooterrijder. Die riep 'kijk uit, achterlijke gek' en reed door. Kenteken onbekend.")
N("ruzie", "Ruzie tussen twee collega's in het magazijn over het rooster. Verdachte riep 'je bent een luie zak, ik trek je kop eraf' en gooide een doos naar melder.")
N("ruzie", "Een Poolse vrachtwagenchauffeur kreeg op het distributiecentrum ruzie met een heftruckchauffeur over een beschadigde pallet. Beiden scholden elkaar uit voor 'idioot' en 'oen'.")
N("ruzie", "De ex-vriend van melder stuurde haar na het uitmaken tientallen berichten met 'vuile slet' en 'je bent niks waard'. Melder wil een contactverbod aanvragen.")
N("ruzie", "Twee jongens kregen op het schoolplein ruzie om een bal. De een noemde de ander 'sukkel' en 'loser', waarna ze elkaar duwden. Mentor is ingelicht.")
N("ruzie", "Melder had een conflict met de taxichauffeur over de ritprijs. De chauffeur noemde hem 'oplichter' en 'zielige vent' en zette hem bij de rotonde uit de auto.")
N("ruzie", "Burenruzie in de flat over een lekkage. De bovenbuurvrouw riep naar melder 'kankerlijer, betaal gewoon je schade'. Melder wil alleen dat het wordt vastgelegd.")
N("ruzie", "Ruzie op de parkeerplaats van de supermarkt over een deuk in een portier. De man noemde melder 'debiel' en 'kneus'. Partijen hebben gegevens uitgewisseld.")
N("ruzie", "Melder kreeg ruzie met zijn voetbaltrainer omdat hij niet werd opgesteld. De trainer noemde hem 'een verwend ettertje'. Melder voelde zich beledigd.")
N("ruzie", "Twee bewoners van het AZC, beiden van Afghaanse afkomst, kregen ruzie over het gebruik van de keuken. De een sloeg de ander met een pan. Beide partijen zijn gehoord.")
N("ruzie", "Melder werd door zijn ex uitgescholden voor 'loser' en 'nietsnut' toen hij de alimentatie te laat betaalde. Ze gooide zijn fiets om.")
N("ruzie", "Een klant werd boos aan de servicebalie van de bouwmarkt en noemde de medewerker een 'incompetente idioot'. Hij gooide een folderrek om en vertrok.")
N("ruzie", "Melder en zijn zwager, beiden van Ghanese afkomst, kregen op een verjaardag ruzie over geleend geld. De zwager riep 'dief' en 'leugenaar'. Familie greep in.")
N("ruzie", "Bij de wedstrijd van de veteranen kregen twee spelers ruzie na een sliding. Er werd 'klootzak' en 'valse speler' geroepen. De scheidsrechter gaf beiden rood.")
N("ruzie", "Twee buurvrouwen kregen ruzie over de gemeenschappelijke tuin. De een riep 'bemoeial' en 'heks' en gooide een emmer water over het tuinhek.")
N("ruzie", "Melder, buschauffeur, werd door een passagier zonder geldig vervoersbewijs uitgescholden voor 'klootzak' en 'eikel'. De man trapte tegen de deur en liep weg.")
N("ruzie", "Melder kreeg ruzie met haar huisgenoot over de schoonmaak. De huisgenoot riep 'vieze slons' en zette haar spullen op de gang.")
N("ruzie", "In de kroeg ontstond ruzie tussen twee vrienden over een weddenschap. De een noemde de ander 'mongool' en sloeg een glas van tafel. De portier zette beiden buiten.")
N("ruzie", "Een man van Antilliaanse afkomst en een man van Nederlandse afkomst kregen bij de pomp ruzie over de volgorde. Ze noemden elkaar 'eikel' en 'zak'. Geen letsel, beiden weggestuurd.")
N("ruzie", "Melder werd bij het schoolhek door haar ex-man 'gestoorde trut' genoemd, waar de kinderen bij stonden.")
N("ruzie", "Een fietser en een voetganger kregen ruzie op het zebrapad. De fietser riep 'ga van de weg af, malloot' en gaf de voetganger een duw. Lichte schaafwond.")

# ---------------------------------------------------------------------------
# Neutral: ontkenning (melder or officer says there was no motive)
# ---------------------------------------------------------------------------
N("ontkenning", "Melder werd in de supermarkt door een medewerker aangesproken op het gebruik van een eigen tas. Mld. heeft niet het idee dat dit met haar hoofddoek te maken had; de medewerker spreekt iedereen erop aan.")
N("ontkenning", "Aangever, van Eritrese afkomst, werd op straat beroofd van zijn telefoon. Hij denkt niet dat het met zijn huidskleur te maken had; de daders wilden alleen de telefoon.")
N("ontkenning", "Melder kreeg een boete in de tram omdat zijn kaart niet was ingecheckt. Hij gaf aan dat de controleur correct was en dat van discriminatie geen sprake was.")
N("ontkenning", "Melder vroeg zich eerst af of ze de woning niet kreeg omdat ze lesbisch is. De verhuurder heeft de woning aantoonbaar aan de eerste reageerder gegeven; melder ziet zelf geen discriminatie meer.")
N("ontkenning", "Bij het onderzoek naar de vechtpartij in de kroeg zijn geen aanwijzingen voor een discriminatoir motief gevonden. De ruzie ging over een omgestoten drankje.")
N("ontkenning", "Melder, die in een rolstoel zit, werd geraakt door een fietser. De fietser bood excuses aan. Melder gaf aan dat het een ongeluk was en niets met zijn beperking te maken had.")
N("ontkenning", "Melder is ontslagen door zijn werkgever. Hij zegt zelf dat dit om de reorganisatie ging en niet om zijn afkomst; hij wil alleen weten of de opzegtermijn klopt. Doorverwezen naar het Juridisch Loket.")
N("ontkenning", "Bij de moskee is een ruit kapotgegaan. Op camerabeelden is te zien dat een voetbal van spelende kinderen uit de buurt door de ruit ging. Er is geen sprake van een discriminatoir motief.")
N("ontkenning", "Melder dacht eerst dat het geschreeuw van de buurjongen over zijn afkomst ging. Bij navraag bleek de jongen 'sukkel' te hebben geroepen over de geparkeerde auto. Melder trekt zijn vermoeden in.")
N("ontkenning", "Melder, transvrouw, werd bij de ingang van de club gefouilleerd. Zij gaf aan dat alle bezoekers werden gefouilleerd en dat ze zich niet anders behandeld voelde dan de rest.")
N("ontkenning", "Een Joodse melder trof een graffititag aan op zijn schutting. Het betreft dezelfde tag die die nacht op alle schuttingen in de straat is gezet. Melder en verbalisant zien geen antisemitisch motief.")
N("ontkenning", "Melder, 66 jaar, werd niet aangenomen als bezorger. Volgens melder lag dat niet aan zijn leeftijd maar aan het ontbreken van een rijbewijs B.")
N("ontkenning", "Twee jongens vochten na de wedstrijd. Een van hen is van Marokkaanse afkomst. Beide partijen verklaarden dat het om een overtreding in de wedstrijd ging; van een racistische opmerking was geen sprake.")
N("ontkenning", "Melder werd gepasseerd voor een promotie. Ze zegt er uitdrukkelijk bij dat ze niet denkt dat het komt doordat ze een vrouw is; haar collega heeft meer ervaring.")
N("ontkenning", "Melders fiets is voor haar woning vernield. Er hangt een regenboogvlag aan haar balkon, maar in de straat zijn die nacht meer fietsen vernield. Geen indicatie dat het om haar geaardheid ging.")
N("ontkenning", "Uit het onderzoek naar de mishandeling bij de snackbar blijkt dat verdachte en slachtoffer elkaar kennen van een schuld. Het slachtoffer is van Irakese afkomst; getuigen hebben geen opmerkingen over zijn afkomst gehoord.")
N("ontkenning", "Melder kreeg in de bus een opmerking van de chauffeur over haar grote kinderwagen. Mld. gaf aan: 'Het was onbeschoft, maar het had niks met mijn hoofddoek te maken.'")
N("ontkenning", "Melder belde omdat een buurman hem had uitgescholden. Op de vraag of er iets over zijn geloof of afkomst werd gezegd, antwoordde hij ontkennend; het ging om 'lul' en 'klootzak'.")
N("ontkenning", "De schooldirecteur meldde een vechtpartij tussen twee leerlingen. Hij benadrukte dat het niet om discriminatie ging maar om een ruzie over een vriendin.")
N("ontkenning", "Melder, die slechthorend is, voelde zich aan het loket genegeerd. Na een gesprek met de teamleider erkende hij dat de medewerker hem niet had gehoord en dat er geen sprake was van opzet of discriminatie.")
N("ontkenning", "Verbalisant heeft de camerabeelden van het incident bij de tramhalte bekeken. Er zijn geen aanwijzingen dat het slachtoffer vanwege haar afkomst of geloof werd aangevallen; de verdachte was verward en sloeg meerdere mensen.")
N("ontkenning", "Melder, een homoseksuele man, werd op straat om geld gevraagd. Toen hij weigerde werd hij 'gierige zak' genoemd. Melder vindt zelf dat het niets met zijn geaardheid te maken had.")
N("ontkenning", "Melder wilde vastleggen dat haar de toegang tot de sportschool was ontzegd. Zij denkt niet dat dit discriminatie was; de sportschool had haar abonnement wegens een betalingsachterstand stopgezet.")
N("ontkenning", "Melder, van Chinese afkomst, werd in de trein door een conducteur aangesproken op zijn voeten op de bank. Hij vond de toon fel, maar zag geen verband met zijn afkomst.")
N("ontkenning", "Het ADV heeft de klacht van melder over de huisartsenpraktijk onderzocht. Van onderscheid naar leeftijd is geen sprake; de praktijk had een stop voor alle nieuwe patiënten.")
N("ontkenning", "Melder twijfelde of de opmerking van zijn docent over zijn uitspraak discriminerend bedoeld was. Na een gesprek heeft hij de indruk dat het feedback op zijn presentatie was en niet over zijn herkomst ging. Hij ziet af van verdere stappen.")
N("ontkenning", "Melder werd op een parkeerplaats aangesproken door een man die vond dat ze te dicht bij zijn auto stond. Mld. heeft niet het idee dat het om haar huidskleur ging; de man was 'gewoon chagrijnig'.")
N("ontkenning", "Volgens de rapportage van de wijkagent gaan de pesterijen in de portiek over overlast van een hond. Geen van de betrokkenen heeft iets gezegd over afkomst, geloof of geaardheid van de bewoners.")

# ---------------------------------------------------------------------------
# Neutral: beleid (policy, training, figures, campaigns)
# ---------------------------------------------------------------------------
N("beleid", "Op 14 maart is de jaarrapportage discriminatie van de eenheid besproken in het districtsoverleg. Het aantal geregistreerde incidenten van antisemitisme is gestegen ten opzichte van vorig jaar.")
N("beleid", "De teamchef heeft alle collega's gevraagd voor 1 juni de e-learning over het herkennen van discriminatie-incidenten en het juist registreren ervan in BVH af te ronden.")
N("beleid", "Persbericht: de politie roept slachtoffers van homofoob geweld op om altijd aangifte te doen. Het netwerk Roze in Blauw is bereikbaar via het algemene nummer.")
N("beleid", "Lezing voor wijkagenten over artikel 137c en 137d Sr: groepsbelediging en aanzetten tot haat. De discriminatieofficier van justitie lichtte recente uitspraken toe.")
N("beleid", "Overleg met het ADV, de gemeente en het OM over de aanpak van racisme in het amateurvoetbal. Afgesproken is dat meldingen via de KNVB voortaan sneller worden doorgezet.")
N("beleid", "Voorlichting op het ROC over de gevolgen van het online delen van racistische en antisemitische memes. Twee agenten van het jeugdteam gaven de les.")
N("beleid", "Intern memo: bij een incident met een discriminatoir aspect moet de code discriminatie worden aangevinkt, ook als het feit zelf een mishandeling of vernieling is.")
N("beleid", "De gemeente start een campagne tegen straatintimidatie en vrouwenhaat. De politie levert cijfers aan over meldingen van seksuele intimidatie in het uitgaansgebied.")
N("beleid", "Het Netwerk Divers Vakmanschap organiseerde een bijeenkomst over etnisch profileren. Collega's bespraken casussen aan de hand van het model professioneel controleren.")
N("beleid", "In de driehoek is besproken dat het aantal meldingen van moslimdiscriminatie landelijk is toegenomen. Er wordt gekeken of extra aandacht voor moskeeën in de briefing nodig is.")
N("beleid", "Jaarcijfers van het meldpunt: in de regio kwamen 312 meldingen binnen, de meeste over herkomst en huidskleur. De politie registreerde daarnaast 145 discriminatie-incidenten.")
N("beleid", "Training 'omgaan met transgender personen in de noodhulp' voor de nieuwe lichting aspiranten. Onderwerpen: aanspreekvormen, fouilleren en registratie van geslacht.")
N("beleid", "Gastcollege op de politieacademie door een rechter over de strafmaat bij mishandeling met een discriminatoir motief en over artikel 137g Sr.")
N("beleid", "Werkbezoek van de burgemeester aan het meldpunt discriminatie. Afgesproken is de samenwerking te verbeteren bij meldingen over discriminatie op de arbeidsmarkt en van mensen met een beperking.")
N("beleid", "De regionale stuurgroep bespreekt het nieuwe protocol voor aangiften van online haatzaaien, inclusief het veiligstellen van screenshots en URL's.")
N("beleid", "Congres 'Samen tegen antisemitisme' in het stadhuis. De Nationaal Coördinator Antisemitismebestrijding sprak over onderwijs en herdenken.")
N("beleid", "Tijdens het teamoverleg is het landelijke onderzoek naar discriminatie en uitsluiting binnen de politie besproken. Teamleden kunnen anoniem signalen melden bij de vertrouwenspersoon.")
N("beleid", "Publieksactie in het winkelcentrum in de week tegen racisme rond 21 maart. Wijkagenten deelden folders uit over hoe je discriminatie kunt melden.")
N("beleid", "KNVB, gemeente en politie presenteerden een plan tegen racisme in het voetbal, met onder meer stewards die racistische spreekkoren moeten melden bij de scheidsrechter.")
N("beleid", "Voor de workshop over LHBTI-acceptatie op school zijn twee collega's van Roze in Blauw uitgenodigd. Zij vertellen over homofobie en over de meldingsbereidheid van jongeren.")
N("beleid", "In de kwartaalrapportage meldt het OM dat twaalf zaken op grond van artikel 137d Sr zijn aangebracht. Acht daarvan betreffen uitlatingen op sociale media.")
N("beleid", "De afdeling communicatie publiceert een bericht over de herdenking van de Kristallnacht op 9 november en de extra bewaking van Joodse instellingen rond die datum.")
N("beleid", "Informatieavond voor horecaondernemers over deurbeleid: weigeren op grond van afkomst is verboden, weigeren wegens dronkenschap of een volle zaal is toegestaan.")
N("beleid", "In de vakgroep is het wetsvoorstel besproken om een discriminatoir motief als strafverzwarende omstandigheid op te nemen. Rechercheurs deelden hun ervaring met het bewijzen van het motief.")
N("beleid", "In de nieuwsbrief van het district staat een oproep voor de studiedag over moslimhaat, antiziganisme en anti-zwart racisme.")
N("beleid", "De leidinggevende wees het team op de werkinstructie: meldingen van leeftijdsdiscriminatie op de werkvloer doorverwijzen naar het College voor de Rechten van de Mens.")
N("beleid", "Evaluatie van de landelijke campagne om discriminatie te melden. De politie heeft bijgedragen met cijfers over de aangiftebereidheid.")
N("beleid", "De basisteams krijgen een nieuwe zakkaart met de discriminatiegronden uit artikel 1 van de Grondwet en voorbeelden van uitingen die onder 137c Sr vallen.")

# ---------------------------------------------------------------------------
# Neutral: homoniem (words that resemble slurs or group words)
# ---------------------------------------------------------------------------
N("homoniem", "Een loodgieter meldde dat uit zijn bus een doos mofjes en knelkoppelingen is gestolen. Schade ongeveer 300 euro.")
N("homoniem", "Bij de inbraak in de keuken van de zorginstelling zijn onder meer een grote pot honing en twee potten pindakaas meegenomen.")
N("homoniem", "Melder kwam aangifte doen namens haar nicht van 14, wier fiets bij het station is gestolen.")
N("homoniem", "Een fietser is bij de brug van zijn fiets geflikkerd nadat hij een paaltje raakte. Hij had een hoofdwond en is door de ambulance meegenomen.")
N("homoniem", "Bij de verkeerscontrole is een zwarte Volkswagen Golf staande gehouden. De bestuurder bleek geen geldig rijbewijs te hebben.")
N("homoniem", "Melder deed aangifte van diefstal van haar tas in de trein. In de tas zat onder meer een oude uitgave van 'De negerhut van oom Tom' die ze van de bibliotheek had geleend.")
N("homoniem", "Er is ingebroken in de snackbar aan de Dorpsstraat. De daders namen de kassa mee en een doos Turkse pizza's uit de vriezer.")
N("homoniem", "Een klant van de snackbar werd boos omdat er zigeunersaus op zijn friet zat in plaats van mayonaise. Hij gooide het bakje op de toonbank en vertrok zonder te betalen.")
N("homoniem", "Melding van de dierentuin: een bezoeker gooide brood naar de makaken en klom over het hek van het verblijf. De man is door de beveiliging verwijderd.")
N("homoniem", "Aangever, een Mongool afkomstig uit Ulaanbaatar die hier studeert, meldde dat zijn laptop in de universiteitsbibliotheek is gestolen.")
N("homoniem", "Bij de supermarkt is een winkeldief aangehouden met in zijn jas vier Bounty-repen, een fles wijn en scheermesjes.")
N("homoniem", "Melder was bij de Chinees aan de Hoofdstraat eten aan het halen toen zijn scooter voor de deur werd gestolen.")
N("homoniem", "In de Jodenbreestraat is in de nacht een bakfiets gestolen. Het slot lag doorgeknipt op de stoep.")
N("homoniem", "Bij de inbraak in de sportkantine zijn koffie, suikerzakjes en drie pakken jodenkoeken meegenomen.")
N("homoniem", "Een bestelbus van de banketbakkerij met onder meer moorkoppen en slagroomtaarten is van het bedrijventerrein gestolen.")
N("homoniem", "Tijdens de tentoonstelling over de Homo sapiens in het museum is een vitrine beschadigd door een spelend kind. Geen opzet.")
N("homoniem", "Bij de controle in de metro zijn zes zwartrijders beboet. Eén man gaf valse personalia op en is aangehouden.")
N("homoniem", "Uit de controle van de arbeidsinspectie bleek dat de aannemer zijn personeel gedeeltelijk zwart uitbetaalde. Proces-verbaal opgemaakt.")
N("homoniem", "Melder deed aangifte van diefstal van een gesigneerde eerste druk van 'Turks fruit' uit zijn boekenkast tijdens een verbouwing.")
N("homoniem", "Een bezoeker van Apenheul werd gebeten door een doodshoofdaapje dat hij probeerde te aaien. EHBO ter plaatse.")
N("homoniem", "Een buurman belde omdat er op de voordeur van een Hindoestaans gezin een swastika hangt. Het betreft een religieus gelukssymbool ter gelegenheid van Divali, geen hakenkruis.")
N("homoniem", "Na de Europese wedstrijd tegen AS Roma zijn zes supporters aangehouden voor het afsteken van vuurwerk in het stadion.")
N("homoniem", "Agenten gingen poolshoogte nemen bij de woning na een melding van geluidsoverlast. De bewoners zetten de muziek zachter.")
N("homoniem", "Buren hebben ruzie over Japanse duizendknoop die vanuit de tuin van melder door de schutting groeit. Er is een tegel stukgeslagen.")
N("homoniem", "De lampen in het trappenhuis flikkeren al weken. Melder vermoedt dat er stroom wordt afgetapt voor een hennepkwekerij.")
N("homoniem", "Melder voelde zich naar eigen zeggen 'in de aap gelogeerd' toen bleek dat de vakantiewoning die hij online had gehuurd niet bestond.")
N("homoniem", "In het bruine café aan de Markt is een portemonnee uit een jas aan de kapstok gestolen.")
N("homoniem", "Uit de fooienpot van de kapsalon is ongeveer 80 euro weggenomen. Camerabeelden worden opgevraagd.")
N("homoniem", "Op het transformatorhuisje aan de Beekweg zijn tags gespoten. De netbeheerder is ingelicht.")

# ---------------------------------------------------------------------------
# Neutral: uitspraak (neutral or positive remarks about a group)
# ---------------------------------------------------------------------------
N("uitspraak", "Melder, uitvoerder bij een bouwbedrijf, meldde diefstal van gereedschap. Hij zei dat de Poolse bouwvakkers op de bouwplaats hard werken en dat hij hen niet verdenkt.")
N("uitspraak", "Bij de ingang van het festival riep een medewerker door de megafoon dat 'alle homo's welkom zijn op het feest'. Het evenement verliep zonder incidenten.")
N("uitspraak", "Melder vertelde dat haar nieuwe buren, een Syrisch gezin, haar hebben geholpen toen haar man viel. Ze zei: 'Zulke lieve mensen.' Ze belde voor een gestolen fiets.")
N("uitspraak", "Een voorbijganger vertelde de agenten dat 'de Marokkaanse jongens van het pleintje' de overvaller hebben tegengehouden en de politie hebben gebeld.")
N("uitspraak", "De voorzitter van de moskee zei tijdens het wijkoverleg: 'Onze deuren staan open voor christenen, joden en iedereen die wil komen kijken.'")
N("uitspraak", "Bij de opening van het buurthuis zei de wethouder dat 'de Turkse gemeenschap enorm veel voor deze wijk heeft gedaan'.")
N("uitspraak", "Melder, trainer van een G-team, zei dat zijn spelers met een verstandelijke beperking 'de meest sportieve jongens van de hele club' zijn. Hij meldde de diefstal van de ballentas.")
N("uitspraak", "Een getuige verklaarde: 'Die oudere mevrouw was heel alert, ze had het kenteken al opgeschreven voordat jullie er waren.'")
N("uitspraak", "Een bezoeker van het Pride-evenement zei tegen de surveillance: 'Het is hier zo gezellig, zo hoort het, iedereen mag zijn wie hij is.'")
N("uitspraak", "Melder vertelde dat zijn Surinaamse buurvrouw voor de halve straat kookt en gaf haar op als getuige bij de inbraak in zijn schuur.")
N("uitspraak", "De voorzitter van de voetbalclub zei in een interview dat 'spelers uit alle culturen' het team sterk maken. Het interview werd gedeeld op de website van de club.")
N("uitspraak", "Een taxichauffeur vertelde dat hij op vrijdagmiddag vaak bezoekers van de synagoge rijdt en dat het 'altijd vriendelijke mensen' zijn. Hij was getuige van een aanrijding.")
N("uitspraak", "In de buurtapp schreef een bewoner: 'Fijn dat de nieuwe buren uit Eritrea er zijn, ze hebben meegeholpen met de buurtschoonmaak.'")
N("uitspraak", "Een leraar vertelde dat de transgender leerling in zijn klas 'heel goed wordt opgevangen door de groep'. Hij meldde de vernieling van het fietsenrek.")
N("uitspraak", "De eigenaar van de snackbar zei dat zijn Afghaanse medewerker 'de beste kracht is die hij ooit heeft gehad' en dat die de kassa zeker niet heeft leeggehaald.")
N("uitspraak", "Melder zei: 'De meiden van het damesteam spelen beter dan de heren, dat mag gezegd worden.' Hij kwam melden dat het hek van het sportpark vernield is.")
N("uitspraak", "Tijdens de wijkschouw zei een bewoner dat 'de ouderen uit de aanleunwoningen de beste buurtwacht zijn, die zien alles'.")
N("uitspraak", "Bij de kerkdienst zei de dominee dat 'onze islamitische buren van harte welkom zijn op de kerstmarkt'. De wijkagent was aanwezig in verband met parkeerproblemen.")
N("uitspraak", "Een getuige vertelde dat de man in de rolstoel 'sneller was dan wij allemaal' en de dief tot aan de hoek had achtervolgd.")
N("uitspraak", "Melder, een oudere man, zei aan de balie dat hij 'die jonge agenten van tegenwoordig' heel behulpzaam vindt. Hij kwam zijn gevonden portemonnee ophalen.")
N("uitspraak", "In haar toespraak op 4 mei zei de burgemeester dat 'de Joodse gemeenschap een onlosmakelijk deel van onze stad is'. De herdenking verliep zonder incidenten.")
N("uitspraak", "Een vrijwilliger van het asielzoekerscentrum vertelde de wijkagent dat de bewoners 'heel beleefd' zijn en graag meehelpen in de moestuin.")
N("uitspraak", "De scheidsrechter van de vrouwenwedstrijd verklaarde dat 'de meiden van beide teams heel sportief waren'. De melding betrof een ingegooide autoruit op de parkeerplaats.")
N("uitspraak", "Een buurman zei over het lesbische stel naast hem: 'Beste buren die je je kunt wensen, ze passen altijd op mijn kat.' Hij gaf hen op als contactpersoon voor zijn woning.")
N("uitspraak", "Een leerling riep tijdens het schoolfeest door de microfoon: 'Iedereen is hier welkom, of je nou moslim, christen of niks bent!' Er werd geklapt.")
N("uitspraak", "De directeur van het verpleeghuis zei dat haar Filipijnse verpleegkundigen 'ontzettend zorgzaam' zijn. Zij meldde de vermissing van sieraden van een bewoner.")
N("uitspraak", "Melder, een Marokkaanse vader, zei: 'Onze Nederlandse buren hebben ons zo goed opgevangen, dat wil ik ook eens terugdoen.' Hij leverde een gevonden fiets in.")
N("uitspraak", "Een voorbijganger vertelde dat 'die mannen van de Sikh-tempel' hem elke week eten gaven toen hij dakloos was. Hij was getuige van een straatroof.")

# ---------------------------------------------------------------------------
# Neutral: weigering (refusal for a legitimate reason)
# ---------------------------------------------------------------------------
N("weigering", "Melder, van Marokkaanse afkomst, werd bij de discotheek geweigerd omdat hij sportschoenen droeg, wat volgens de huisregels niet mag. Ook andere bezoekers met sportschoenen werden geweigerd.")
N("weigering", "Een vrouw met een hoofddoek werd bij het café niet binnengelaten omdat de zaak vol was. Er stond een rij van dertig mensen en niemand kwam er meer in.")
N("weigering", "Melder, die in een rolstoel zit, kon niet mee met de rondvaartboot omdat de rolstoelplaatsen al bezet waren. De rederij bood een plek op de volgende boot aan.")
N("weigering", "Een groep Poolse mannen werd door de portier geweigerd omdat ze zichtbaar dronken waren en een van hen een glas op straat kapotgooide.")
N("weigering", "Melder, 16 jaar, kreeg bij de supermarkt geen bier mee. De caissière vroeg om legitimatie en weigerde de verkoop omdat melder jonger is dan 18.")
N("weigering", "Melder, een Sikh, mocht met zijn kirpan het gerechtsgebouw niet in. De beveiliging wees op de regel dat voor alle bezoekers geen messen en scherpe voorwerpen zijn toegestaan.")
N("weigering", "Een vrouw met gezichtssluier werd bij de balie van het ziekenhuis gevraagd die af te doen. De medewerker wees op het wettelijke verbod op gezichtsbedekkende kleding in zorginstellingen.")
N("weigering", "Melder, 82, kreeg zijn rijbewijs niet verlengd omdat het CBR een medische keuring vereist en zijn keuringsverslag ontbrak.")
N("weigering", "Een homostel kreeg geen tafel in het restaurant omdat ze niet hadden gereserveerd en de zaak volgeboekt was. Het stel werd boos op de ober.")
N("weigering", "Melder, van Turkse afkomst, werd door de taxichauffeur niet meegenomen omdat hij met een open blikje bier wilde instappen en weigerde dat weg te gooien.")
N("weigering", "Melder, die door een groeistoornis 1,20 meter lang is, mocht niet in de achtbaan vanwege de minimale lengte van 1,40 meter die voor alle bezoekers geldt.")
N("weigering", "Een groep jongeren van Antilliaanse afkomst werd uit het zwembad gestuurd na herhaaldelijk duwen van andere zwemmers en het negeren van de badmeester.")
N("weigering", "Melder, een moslima, kreeg geen kamer in het studentenhuis. De kamer was via loting aan een ander toegewezen; melder stond veertigste op de lijst.")
N("weigering", "Melder, 15, mocht de film niet in omdat die een leeftijdsclassificatie van 16 jaar heeft. Haar vriendinnen van 16 mochten wel naar binnen.")
N("weigering", "Een man in een scootmobiel kon niet mee met de bus omdat zijn scootmobiel groter is dan de vervoersvoorwaarden toestaan. De chauffeur belde de regiotaxi voor hem.")
N("weigering", "De bar weigerde een bezoekster verder te schenken omdat ze al meerdere cocktails op had en over de bar hing. Ze beschuldigde de barman ervan dat hij 'iets tegen vrouwen' had.")
N("weigering", "Melder, van Indonesische afkomst, kon niet inchecken bij het hotel omdat zijn creditcard werd geweigerd en hij de borg niet kon betalen.")
N("weigering", "Een transvrouw werd niet toegelaten tot het feest omdat ze geen toegangsbewijs had; het evenement was uitverkocht.")
N("weigering", "Melder, die een hoofddoek draagt, mocht in de fabriek niet met een losse sjaal bij de draaiende machines werken. De werkgever bood een strak zittende veiligheidshoofddoek aan.")
N("weigering", "Twee mannen van Syrische afkomst werd de toegang tot het stadion geweigerd omdat bij de kaartcontrole bleek dat zij een stadionverbod hebben.")
N("weigering", "Melder, 71, kon geen auto huren omdat hij zijn rijbewijs niet bij zich had. Hij dacht eerst dat het om zijn leeftijd ging.")
N("weigering", "Melder, die doof is, werd niet toegelaten tot de opleiding tot machinist omdat voor die functie een wettelijke medische keuring met gehoortest geldt. Hem werd een andere opleiding aangeboden.")
N("weigering", "Een Roma-familie kon niet op de camping terecht omdat ze niet had geboekt en de camping vol was. De beheerder liet het bezettingsoverzicht zien.")
N("weigering", "Melder, 17, mocht bij het tankstation geen sigaretten kopen omdat de verkoop aan jongeren onder de 18 verboden is.")
N("weigering", "Melder, van Ghanese afkomst, werd bij de club tegengehouden omdat de dresscode geen petten toestaat. Nadat hij zijn pet had afgezet, werd hij binnengelaten.")
N("weigering", "Een oudere dame met rollator kon niet mee met de rondleiding in de molen omdat de trappen te steil zijn. De molenaar bood een rondleiding op de begane grond aan.")
N("weigering", "Een groep Chinese toeristen werd in het restaurant niet meer geholpen omdat de keuken om 22.00 uur sloot en zij om 22.15 uur binnenkwamen.")
N("weigering", "Melder, een man met een keppel, mocht zijn rugzak niet mee het museum in. De huisregel geldt voor alle bezoekers; tassen moeten in de garderobe.")

# ---------------------------------------------------------------------------
# Neutral: intern (internal notes, briefings, handovers)
# ---------------------------------------------------------------------------
N("intern", "Briefing nachtdienst: extra aandacht voor de synagoge aan de Lekstraat in verband met de Joodse feestdagen. Graag meerdere keren per dienst langsrijden.")
N("intern", "Overdracht: de Pride-botenparade op zaterdag vraagt extra inzet in de binnenstad. Afspraken met de organisatie over EHBO-posten en afzettingen.")
N("intern", "De wijkagent heeft een kennismakingsbezoek gebracht aan het bestuur van de Mevlana-moskee. Besproken: parkeeroverlast tijdens het vrijdaggebed en contactgegevens.")
N("intern", "Dienstoverdracht: op het AZC aan de Koningslaan is vannacht een bewoner met psychische klachten overgedragen aan de crisisdienst. Verder geen bijzonderheden.")
N("intern", "Surveillance langs de hindoetempel in verband met het Divalifeest. Veel bezoekers, geen verstoringen.")
N("intern", "Briefing: bij de Keti Koti-viering in het park verwachten we 5000 bezoekers. Aandachtspunten: fietsen op de looproutes en zakkenrollers.")
N("intern", "Wachtcommandant: collega's zijn in gesprek geweest met de imam en de voorzitter van de synagoge over de interreligieuze maaltijd. Geen veiligheidsrisico's bekend.")
N("intern", "Dagrapport: het COC vraagt of de politie aanwezig kan zijn bij de opening van het regenboogzebrapad op maandag. De wijkagent gaat erheen.")
N("intern", "Overdracht: er is een demonstratie aangekondigd bij het stadhuis tegen de komst van een nieuw AZC. De aanvrager is bekend en de route is afgestemd.")
N("intern", "Briefing: tijdens de ramadan is de moskee aan de Zuidwal 's avonds laat open. Let op parkeren op de stoep en overstekende bezoekers.")
N("intern", "Bijzonderheid vroege dienst: bezoek van de Nationaal Coördinator Antisemitismebestrijding aan het Joods Monument, begeleiding door de motorrijders.")
N("intern", "Interne notitie: de collega's van Roze in Blauw houden op donderdagmiddag een spreekuur in het buurthuis. Graag doorverwijzen.")
N("intern", "Teamoverleg: de wijkagent zoekt een collega die Arabisch spreekt voor de voorlichting op het AZC over fietsverlichting.")
N("intern", "Dienstopdracht: beveiliging van de herdenking bij het Indisch Monument. Aanwezig zijn veteranen en de burgemeester.")
N("intern", "Overdracht: een bewoner van de woonwagenlocatie belde over een loslopend paard op de provinciale weg. De eigenaar is gevonden.")
N("intern", "Briefing: de Joodse school aan de Buitenveldertselaan heeft een nieuw beveiligingsbedrijf. Bij twijfel contact opnemen met de meldkamer.")
N("intern", "Roosterwijziging: in verband met de wedstrijd van het Marokkaanse elftal en een mogelijke huldiging in de binnenstad zijn extra noodhulpeenheden ingepland.")
N("intern", "Overdracht nachtdienst: de vrouwenopvang vraagt om verhoogde aandacht voor het adres in verband met een ex-partner. Het adres staat in het systeem.")
N("intern", "Ter info: de collega's van het jeugdteam geven volgende week voorlichting over veilig internet op de islamitische basisschool.")
N("intern", "Briefing: na het roze sportevenement op het sportpark is er een feest tot 01.00 uur. Horecacontrole om 23.00 uur.")
N("intern", "Overleg met de beheerder van de Turkse moskee over de gestolen bus van de stichting. De penningmeester komt morgen aangifte doen.")
N("intern", "Wachtcommandant: bij de kerstnachtmis in de katholieke kerk is het altijd druk, dus graag verkeersregelaars en een surveillance rond middernacht.")
N("intern", "Interne memo: het spreekuur op het asielzoekerscentrum in de voormalige kazerne vervalt deze week wegens ziekte van de collega.")
N("intern", "Het team heeft voorlichting over babbeltrucs gegeven in het verzorgingshuis. Er waren ruim veertig ouderen aanwezig.")
N("intern", "Briefing: op zaterdag is er een demonstratie van de Koerdische gemeenschap op het Plein. Vreedzaam verloop verwacht, contactpersoon is bekend.")
N("intern", "Dagrapport: de nieuwe aspirant loopt deze week mee met de wijkagent in de Indische buurt.")
N("intern", "Overdracht: het transgendercafé in het buurthuis heeft gevraagd om kennis te maken met de wijkagent. Afspraak staat op vrijdag.")
N("intern", "Briefing: de rolstoelvierdaagse trekt dinsdag door de wijk. Afzetting op de Laan van Meerdervoort van 10.00 tot 14.00 uur.")

# ---------------------------------------------------------------------------
# Neutral: afkomst (origin as a description)
# ---------------------------------------------------------------------------
N("afkomst", "Signalement verdachte: man, ongeveer 25 jaar, Noord-Afrikaans uiterlijk, zwarte jas, witte sneakers. Hij vluchtte met de gestolen tas richting het station.")
N("afkomst", "Aangever, een Poolse vrachtwagenchauffeur, meldde dat in de nacht diesel uit zijn tank is gestolen op de parkeerplaats langs de A2.")
N("afkomst", "Het slachtoffer van de aanrijding is een 34-jarige vrouw van Surinaamse afkomst. Zij is met een gebroken been naar het ziekenhuis gebracht.")
N("afkomst", "De verdachte van de woninginbraak is een 19-jarige man met de Roemeense nationaliteit. Hij is op heterdaad aangehouden.")
N("afkomst", "Melder, een Turkse ondernemer, deed aangifte van inbraak in zijn bakkerij. Er is 900 euro uit de kassa weggenomen.")
N("afkomst", "Een getuige omschreef de dader als een blanke man, kaal, met een tatoeage in zijn nek en een groen trainingspak.")
N("afkomst", "Een Eritrese statushouder meldde dat zijn fiets voor de taalschool is gestolen. Het slot was doorgeknipt.")
N("afkomst", "Aanhouding van een 28-jarige Marokkaans-Nederlandse man voor rijden onder invloed. Ademanalyse 540 ug/l.")
N("afkomst", "Het slachtoffer van de straatroof is een Japanse toerist. Zijn camera en paspoort zijn bij de Dam weggenomen.")
N("afkomst", "Signalement: donkere man, ongeveer 1,85 meter, dreadlocks, rode jas. Hij griste een telefoon uit de hand van melder en rende weg.")
N("afkomst", "Melder, een Syrische vrouw, meldde dat haar zoon van 12 vermist was. Hij werd twee uur later bij een vriendje gevonden.")
N("afkomst", "Het geld van de WhatsApp-fraude is overgemaakt naar een rekening in Litouwen op naam van een Bulgaarse man. Verzoek om bevriezing is uitgezet.")
N("afkomst", "Aangever, een Chinese restauranthouder, meldde dat zijn ruit is ingegooid. Op de camerabeelden vallen twee dronken mannen die met elkaar vechten tegen de ruit.")
N("afkomst", "Bij de verkeerscontrole is een Bulgaarse bestuurder aangehouden die een rijverbod had. Het voertuig is in beslag genomen.")
N("afkomst", "Vermissing: een 79-jarige Indische man met beginnende dementie is sinds vanochtend zoek. Hij draagt een grijze regenjas.")
N("afkomst", "De Afghaanse verdachte spreekt geen Nederlands; het verhoor is afgenomen met een tolk Dari.")
N("afkomst", "Melder, een Ghanese vrouw, deed aangifte van oplichting via een nepverloting. Zij heeft 1200 euro overgemaakt.")
N("afkomst", "Op de camerabeelden is te zien dat twee mannen met een getinte huidskleur de scooter wegrijden. Signalement is doorgegeven aan de noodhulp.")
N("afkomst", "Het slachtoffer van de steekpartij is een 22-jarige man van Somalische afkomst. De verdachte is zijn voormalige huisgenoot; de ruzie ging over geld.")
N("afkomst", "Aangeefster, een Duitse toeriste, meldde dat haar huurfiets bij het strand is gestolen. Zij spreekt Duits en Engels.")
N("afkomst", "De verdachte is een 40-jarige man met de Nederlandse nationaliteit, geboren in Irak. Hij is aangehouden voor winkeldiefstal bij de drogist.")
N("afkomst", "Een 15-jarige Antilliaanse jongen is gewond geraakt bij een val met zijn scooter. Hij is naar het ziekenhuis vervoerd.")
N("afkomst", "Melder, van Iraanse afkomst, meldde dat zijn auto is opengebroken. Zijn laptoptas is weg.")
N("afkomst", "Een getuige verklaarde dat de man die de bushalte vernielde met een Oost-Europees accent sprak en een blauwe overall droeg.")
N("afkomst", "Bij de doorzoeking trof de recherche twee Vietnamese mannen aan in de hennepkwekerij. Zij zijn aangehouden en worden gehoord met een tolk.")
N("afkomst", "Het slachtoffer van de woninginbraak is een Molukse familie. Sieraden en een tablet zijn weggenomen.")
N("afkomst", "Melder, van Braziliaanse afkomst, is op haar werk van een ladder gevallen. De Arbeidsinspectie is ingeschakeld.")
N("afkomst", "De verdachte van de fietsendiefstal is een 17-jarige jongen van Nederlandse afkomst uit de buurt. Zijn ouders zijn ingelicht.")

# ---------------------------------------------------------------------------
# Neutral: handicap (disability as a description)
# ---------------------------------------------------------------------------
N("handicap", "Melder, die blind is, meldde dat zijn portemonnee in de bus uit zijn jaszak is gerold. Een medepassagier hielp hem zoeken.")
N("handicap", "Het slachtoffer van de aanrijding is een 45-jarige man in een rolstoel. Hij werd op het zebrapad geraakt door een automobilist die door rood reed.")
N("handicap", "De verdachte van de winkeldiefstal heeft een licht verstandelijke beperking. Zijn begeleider van de woonvoorziening was bij het verhoor aanwezig.")
N("handicap", "Melder, die doof is, deed aangifte met een tolk Nederlandse Gebarentaal. Haar scooter is uit de schuur gestolen.")
N("handicap", "Vermissing van een 30-jarige vrouw met autisme. Zij is teruggevonden op het station, waar zij de laatste trein had gemist.")
N("handicap", "Een man in een scootmobiel reed op de stoep tegen een geparkeerde auto. Schade aan beide voertuigen, geen letsel.")
N("handicap", "Melder, die een beenprothese heeft, meldde dat zijn gehandicaptenparkeerkaart uit zijn auto is gestolen.")
N("handicap", "Het slachtoffer van de babbeltruc is een slechtziende vrouw. Twee mannen deden zich voor als monteurs en namen sieraden mee.")
N("handicap", "De verdachte zat in een rolstoel en reed weg met een gestolen tas op schoot. Hij is even later bij de tramhalte aangehouden.")
N("handicap", "Melder, die het syndroom van Down heeft, kwam met zijn begeleider melden dat hij zijn telefoon kwijt is.")
N("handicap", "Na een aanrijding bleek de bestuurder een epileptische aanval te hebben gehad achter het stuur. Ambulance ter plaatse, rijbewijs ingevorderd.")
N("handicap", "Melder, die slechthorend is, meldde dat haar hoortoestellen uit haar tas in de sportschool zijn gestolen.")
N("handicap", "Op de zorgboerderij is een hek vernield. De cliënten met een verstandelijke beperking zijn geschrokken maar ongedeerd. Vermoedelijk een kwajongensstreek van dezelfde groep die ook de bushalte vernielde.")
N("handicap", "De verdachte van de bedreiging heeft een psychiatrische voorgeschiedenis en is na de aanhouding overgedragen aan de crisisdienst van de GGZ.")
N("handicap", "Een jongen in een elektrische rolstoel is bij het oversteken over een hoge stoeprand gekanteld. Lichte verwondingen, ouders ingelicht.")
N("handicap", "Melder, die ADHD heeft, deed aangifte van fraude met zijn bankpas. Hij had zijn pincode in zijn telefoon opgeslagen.")
N("handicap", "Een getuige van de overval is een vrouw met een geleidehond. Zij kon het geluid van de scooter omschrijven maar niet het kenteken.")
N("handicap", "In de bus werd een man met een spierziekte onwel. De chauffeur belde 112 en de ambulance heeft hem meegenomen.")
N("handicap", "Melder, die een dwarslaesie heeft, meldde dat de lift van zijn flat al dagen kapot is en hij zijn woning niet uit kan. De woningcorporatie is ingelicht.")
N("handicap", "De verdachte, een man met een cognitieve beperking, is gehoord in aanwezigheid van een vertrouwenspersoon. Hij bekende de fietsdiefstal.")
N("handicap", "Het slachtoffer van de woninginbraak is een vrouw met MS. Er zijn een reserverolstoel en een scootmobielaccu gestolen.")
N("handicap", "Melder, die stottert, deed via de chat aangifte van een gestolen fiets omdat bellen voor hem lastig is.")
N("handicap", "Bij de mishandeling in het uitgaansgebied raakte een man met een gehoorapparaat gewond. Aanleiding was een ruzie over een sigaret; de dader is bekend.")
N("handicap", "Een vrouw in een rolstoel is bij de pinautomaat van haar tas beroofd. De dader vluchtte op een fiets.")
N("handicap", "Vermissing: een 17-jarige jongen met een verstandelijke beperking is niet teruggekeerd naar de woongroep. Hij werd 's avonds in het winkelcentrum aangetroffen.")
N("handicap", "Melder, die blind is, meldde overlast van een buurman die 's nachts harde muziek draait. Eerste melding.")
N("handicap", "Een man met een beenamputatie deed aangifte van diefstal van zijn sportprothese uit zijn auto.")
N("handicap", "Melder, die in een rolstoel zit, was getuige van een inbraak in de auto van de buren en kon het signalement van de dader goed omschrijven.")

# ---------------------------------------------------------------------------
# Neutral: leeftijd (age as a description)
# ---------------------------------------------------------------------------
N("leeftijd", "Het slachtoffer van de babbeltruc is een vrouw van 87. Een man deed zich voor als medewerker van het waterbedrijf en nam haar pinpas mee.")
N("leeftijd", "De verdachte van de winkeldiefstal is een jongen van 14. Hij is thuisgebracht en zijn ouders zijn ingelicht.")
N("leeftijd", "Aanrijding op de rotonde: een 78-jarige automobilist zag een fietser over het hoofd. De fietser is lichtgewond.")
N("leeftijd", "Melder, 92 jaar, meldde dat hij is gebeld door een zogenaamde bankmedewerker die om zijn pincode vroeg. Hij heeft niets doorgegeven.")
N("leeftijd", "Een groep jongeren van 15 tot 17 jaar veroorzaakte overlast bij het winkelcentrum met knalvuurwerk. Namen zijn genoteerd.")
N("leeftijd", "Vermissing van een 84-jarige man met dementie. Hij werd na een uur aangetroffen bij zijn oude woonadres.")
N("leeftijd", "Melder, 67 jaar, is op de markt door een zakkenroller van haar portemonnee beroofd. Dader onbekend.")
N("leeftijd", "Een 12-jarige jongen is aangehouden voor het bekladden van een bushokje. Halt-verwijzing.")
N("leeftijd", "Een 70-jarige wielrenner kwam ten val na een aanrijding met een loslopende hond. De eigenaar van de hond is bekend.")
N("leeftijd", "Melder, 19, deed aangifte van diefstal van haar telefoon in de trein. Zij was in slaap gevallen.")
N("leeftijd", "De ouderen van het verzorgingshuis zijn geëvacueerd na een brandalarm. Loos alarm door aangebrand eten.")
N("leeftijd", "De verdachte van de inbraak is een 63-jarige man met een lang strafblad.")
N("leeftijd", "Een 16-jarige scooterrijder reed zonder helm en zonder rijbewijs. De scooter is in beslag genomen en de ouders zijn gebeld.")
N("leeftijd", "Melder, een 81-jarige vrouw, meldde dat haar kleinzoon zonder toestemming geld van haar rekening heeft gehaald.")
N("leeftijd", "Twee pubers van 13 zijn betrapt bij het ingooien van de ruiten van de gymzaal. De schade wordt verhaald op de ouders.")
N("leeftijd", "Het slachtoffer van de mishandeling in de kroeg is een 55-jarige man. De verdachte is een 23-jarige kennis; aanleiding was een potje biljart.")
N("leeftijd", "Melder, 74, meldde dat een jonge man haar hielp met haar boodschappen en daarna haar portemonnee uit de tas pakte.")
N("leeftijd", "Een bejaarde man viel in de bus toen de chauffeur hard moest remmen. Hij klaagde over zijn heup; ambulance ingeschakeld.")
N("leeftijd", "Melding van een 8-jarig meisje dat alleen op straat liep. Zij was weggelopen van het schoolreisje en is teruggebracht naar de groep.")
N("leeftijd", "De verdachte van de oplichting via datingsites is een 58-jarige vrouw. De slachtoffers zijn mannen tussen de 60 en 75 jaar.")
N("leeftijd", "Melder, 15, meldde dat zij via Snapchat wordt benaderd door een volwassen man. Team zeden is ingelicht.")
N("leeftijd", "Aanhouding van een 89-jarige bestuurder die op de A12 tegen het verkeer in reed. Rijbewijs ingevorderd, CBR ingelicht.")
N("leeftijd", "Een groep senioren van de wandelclub vond een tas met drugs in de berm. De vondst is afgegeven op het bureau.")
N("leeftijd", "Melder, 17, deed aangifte van afpersing door klasgenoten die geld eisen voor het niet verspreiden van een foto.")
N("leeftijd", "De jongerenwerkers en de wijkagent hebben een groep jongeren van 12 tot 14 aangesproken op het slopen van een bankje in het park.")
N("leeftijd", "Het slachtoffer van de aanrijding met vluchtmisdrijf is een 76-jarige fietsster. Zij is met hoofdletsel naar het ziekenhuis vervoerd.")
N("leeftijd", "Melder, 65, meldde dat via phishing haar pensioenuitkering van haar rekening is gehaald.")
N("leeftijd", "Een 90-jarige vrouw is met haar scootmobiel in de sloot gereden. Omstanders hebben haar eruit gehaald; zij is onderkoeld naar het ziekenhuis gebracht.")

# ---------------------------------------------------------------------------
# Surface variation, split and output
# ---------------------------------------------------------------------------
PERSON = re.compile(r"\b(Melder|melder|Mld\.|mld\.|Aangever|aangever|Aangeefster|"
                    r"aangeefster|slachtoffer|Slachtoffer|verdachte|Verdachte|"
                    r"getuige|Getuige)")
MELDER = re.compile(r"\b(Melder|melder|Mld\.|mld\.)")
VICTIM = re.compile(r"\b(Melder|melder|Mld\.|mld\.|Aangever|aangever|"
                    r"Aangeefster|aangeefster)")
LONGWORD = re.compile(r"[A-Za-zà-ÿ]{9,}")


def shorthand(text):
    text = re.sub(r"\bMelder\b", "Mld.", text)
    text = re.sub(r"\bmelder\b", "mld.", text)
    text = re.sub(r"\bVerdachte\b", "Vdt.", text)
    text = re.sub(r"\bverdachte\b", "vdt.", text)
    return text


def typo(text, rng):
    words = list(LONGWORD.finditer(text))
    if not words:
        return text
    m = words[rng.randrange(len(words))]
    w = m.group(0)
    spots = [i for i in range(1, len(w) - 2) if w[i] != w[i + 1]]
    if not spots:
        return text
    i = spots[rng.randrange(len(spots))]
    w2 = w[:i] + w[i + 1] + w[i] + w[i + 2:]
    return text[:m.start()] + w2 + text[m.end():]


def vary(text, rng):
    # Draw the same number of random values for every text.
    u_open, u_short, u_close, u_typo = (rng.random() for _ in range(4))
    low = text.lower()
    opening = ""
    if u_open < 0.12:
        opening = "Mutatie:"
    elif u_open < 0.20 and PERSON.search(text):
        opening = "Melding via 112."
    elif u_open < 0.28 and MELDER.search(text):
        opening = "Melder kwam aan de balie."
    closing = ""
    if u_close < 0.10 and VICTIM.search(text) and "aangifte" not in low:
        closing = "Aangifte opgenomen."
    elif (u_close < 0.17 and MELDER.search(text) and "'" in text
          and "adv" not in low and "doorverwezen" not in low):
        closing = "Melder doorverwezen naar het ADV."
    elif u_close < 0.22 and MELDER.search(text) and "aangifte" not in low:
        closing = "Geen aangifte gewenst."
    out = " ".join(p for p in (opening, text, closing) if p)
    if u_short < 0.30:
        out = shorthand(out)
    if u_typo < 0.10:
        out = typo(out, rng)
    return out


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    cores = [t for _, t, _ in CASES]
    dup = [t for t, c in Counter(cores).items() if c > 1]
    assert not dup, dup
    rng = random.Random(8)
    dev, held = [], []
    seen = set()
    for grounds, text, label in CASES:
        assert "\t" not in text and "\n" not in text, text
        final = vary(text, rng)
        assert final not in seen, final
        seen.add(final)
        row = (grounds, final, label)
        if hashlib.sha256(("regs8:" + final).encode()).digest()[0] % 10 < 3:
            held.append(row)
        else:
            dev.append(row)
    for name, rows, part in (("registrations-dev8.tsv", dev, "development"),
                             ("registrations-heldout8.tsv", held, "held-out")):
        with open(os.path.join(here, name), "w", encoding="utf-8") as f:
            f.write("# Hand-written Dutch police registrations, set 8 (hard cases), %s part; generated by gendev8.py\n" % part)
            f.write("# grounds '-' = neutral; held-out when sha256('regs8:'+text)[0] % 10 < 3; variation random.Random(8)\n")
            f.write("grounds\ttext\tlabel\n")
            for g, t, l in rows:
                f.write("%s\t%s\t%s\n" % (g, t, l))
        labels = Counter(l for _, _, l in rows)
        grounds = Counter(g for gs, _, _ in rows if gs != "-" for g in gs.split(","))
        ndisc = sum(1 for g, _, _ in rows if g != "-")
        print("%s: %d rows (%d discriminatory, %d neutral)" % (name, len(rows), ndisc, len(rows) - ndisc))
        print("  labels: " + ", ".join("%s=%d" % kv for kv in sorted(labels.items())))
        print("  grounds: " + ", ".join("%s=%d" % kv for kv in sorted(grounds.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
