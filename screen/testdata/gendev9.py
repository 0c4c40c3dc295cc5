#!/usr/bin/env python3
"""Generate the 'regs9' evaluation set for the Dutch discrimination screener.

How the set was written
-----------------------
Every text below was written by hand, one at a time. They are modelled on
what Dutch police registrations (BVH mutaties and aangiftes) look like:
short reports of one to four sentences with the usual abbreviations
("Mutatie:", "Mld.", "vdt.", "rapp.", "ivm", "SEH", "FO"), direct quotes
and indirect speech, victims, witnesses and officers as speakers, and now
and then a typo of the kind officers make ("uitscheld", "geweigert",
"tijdes"). The set was written WITHOUT reading the screening engine: no
lexicon, no documentation, no Go source and no other test data from the
engine's directory was opened, and the engine was not run. The texts come
from general knowledge of Dutch police practice, of the grounds used in the
police discrimination figures, and of the hard cases that analysts do not
want flagged. Nothing was tuned against the engine's output.

Where an online post hides a slur (k@nkerturk, n3ger, p0tten, h0m0,
tr@nnies, J00den, (((zionisten))) and so on), the disguise is part of the
test.

Kinds
-----
Discriminatory rows (grounds = one or more of herkomst, godsdienst,
antisemitisme, seksuele_gerichtheid, genderidentiteit, geslacht, handicap,
leeftijd, overig; label = the setting: horeca, werk, woning, online, buren,
sport, school, vervoer, dienstverlening, graffiti, bedreiging, geweld,
politie). They include slurs, hostile general statements about a group,
threats, exclusion by businesses, landlords and employers, motives stated
without any slur, discrimination shown only through a comparison with
someone else, pretexts, graffiti and symbols, and discrimination by
officials. 'overig' covers political opinion, marital or civil status,
nationality as such (passport), being a woonwagenbewoner, and skin colour
mentioned without a slur and without any reference to origin. Skin colour
that comes with an origin, a slur or monkey noises is coded herkomst.

Neutral rows (grounds "-", label neutraal-<kind>):
  neutraal-weigering     refused, removed or not served for a reason that
                         holds for everyone (no ticket, closing time, drunk,
                         aggression, fraud, no ID, alcohol age limit, fully
                         booked, safety rules, debts, papers, theft, dress
                         code, dog, smoking, ...)
  neutraal-positief      positive or neutral remarks about a group
  neutraal-ruzie         quarrels between equals with ordinary insults
  neutraal-ontkenning    victim or police state that origin, religion etc.
                         played no role
  neutraal-beleid        internal notes, training, reports, policy and
                         awareness work that mention discrimination
  neutraal-homoniem      ordinary words that look like group words or slurs
                         (food, products, streets, places, animals, titles,
                         sports clubs, surnames, idioms)
  neutraal-beschrijving  origin, religion, disability, age or orientation in
                         a description of an ordinary incident, places of
                         worship or pride events as locations
  neutraal-slachtoffer   ordinary crimes against someone who happens to
                         belong to a group, with nothing pointing to a motive

Split
-----
A row is held out when
    hashlib.sha256(("regs9:" + text).encode()).digest()[0] % 10 < 3
and is in the development part otherwise. Rows are put in a fixed shuffled
order with random.Random(9), so every run gives the same output.

Output (next to this script):
    registrations-dev9.tsv      development part
    registrations-heldout9.tsv  held-out part
Each has two '# ' comment lines, the header 'grounds<TAB>text<TAB>label',
then one row per text.

Run:  python3 gendev9.py
"""

import hashlib
import os
import random
import sys
from collections import Counter

GROUNDS = {
    "herkomst", "godsdienst", "antisemitisme", "seksuele_gerichtheid",
    "genderidentiteit", "geslacht", "handicap", "leeftijd", "overig",
}
SETTINGS = {
    "horeca", "werk", "woning", "online", "buren", "sport", "school",
    "vervoer", "dienstverlening", "graffiti", "bedreiging", "geweld",
    "politie",
}
NEUTRAL_KINDS = [
    "neutraal-weigering", "neutraal-positief", "neutraal-ruzie",
    "neutraal-ontkenning", "neutraal-beleid", "neutraal-homoniem",
    "neutraal-beschrijving", "neutraal-slachtoffer",
]

# Discriminatory rows: "grounds | setting | text", one per line.
# Lines starting with "##" are section comments.
DISCRIMINATORY = """
## ---------------------------------------------------------------- herkomst
herkomst | werk | Mutatie: Aangever verklaarde dat hij via een uitzendbureau had gesolliciteerd als orderpicker. De intercedent zei telefonisch letterlijk: 'De klant wil geen Marokkanen, sorry, daar kan ik niks aan doen.'
herkomst | horeca | Melder, een jongen van Surinaamse afkomst, werd bij de ingang van club Vibes tegengehouden. De portier zei dat het vol was, maar liet volgens melder direct daarna een groep witte jongens zonder te wachten naar binnen.
herkomst | woning | Aangeefster reageerde via een woonsite onder haar eigen naam, Fatima el Amrani, op een huurwoning en kreeg te horen dat de woning al verhuurd was. Een collega van haar met een Nederlandse naam reageerde een uur later en mocht de volgende dag komen kijken.
herkomst | online | Mld. toonde een bericht in de buurtapp van de wijk waarin een onbekende deelnemer schreef: 'weer zo'n k@nkerturk die hier rondrijdt, iemand moet ze eens een lesje leren'. Screenshot is aan de registratie toegevoegd.
herkomst | buren | Melder gaf aan dat zijn bovenbuurman hem al weken uitscheld voor 'vuile aap' en 'ga terug naar je land'. Vandaag gooide de buurman een bananenschil vanaf zijn balkon op het terras van melder.
herkomst | sport | Tijdens de wedstrijd JO19 werden vanaf de zijlijn oerwoudgeluiden gemaakt zodra een speler van de gasten met een donkere huidskleur aan de bal was. De scheidsrechter heeft het duel tien minuten stilgelegd.
herkomst | vervoer | Aangever verklaarde dat de buschauffeur van lijn 12 tegen hem zei: 'Jullie buitenlanders betalen nooit, eruit jij', terwijl aangever gewoon had ingecheckt met een geldige OV-chipkaart. Passagiers die na hem instapten werden niet gecontroleerd.
herkomst | bedreiging | Op de voordeur van het gezin Yilmaz is een briefje geplakt met de tekst 'Turken wegwezen uit onze straat, anders gaat het huis in de fik'. FO heeft het briefje veiliggesteld.
herkomst | geweld | Slachtoffer werd bij het station door twee onbekende mannen geschopt en geslagen. Volgens getuigen riepen de vdt. daarbij meermaals 'kutmarokkaan' en 'jullie horen hier niet'. Slachtoffer is met een gebroken neus naar de SEH gebracht.
herkomst | dienstverlening | Melder verklaarde dat de medewerker van de telefoonwinkel weigerde haar een abonnement te verkopen. Hij zou gezegd hebben dat 'mensen uit Oost-Europa' nooit betalen en dat hij hun daarom alleen prepaid verkoopt.
herkomst | school | Moeder van een leerling meldde dat de mentor van haar zoon in de klas had gezegd dat 'kinderen van Antillianen toch geen havo halen'. Haar zoon kreeg daarna een lager advies dan klasgenoten met vergelijkbare cijfers.
herkomst | graffiti | Op de gevel van het Koerdische buurthuis aan de Merelstraat is met rode verf 'Buitenlanders rot op' gespoten. Gemeente is ingelicht voor verwijdering.
herkomst | politie | Aangever voelde zich gediscrimineerd tijdens een verkeerscontrole. Hij werd naar eigen zeggen als enige van vijf bestuurders uit de rij gehaald en de controlerende collega zou hebben gezegd: 'Zo'n dure auto, dat krijg je als Antilliaan niet met werken.' Klacht is doorgezet naar klachtbehandeling.
herkomst | werk | Mld. werkt als schoonmaker en verklaarde dat zijn leidinggevende hem en zijn Poolse collega's structureel 'Polakken' noemt en hen altijd de zwaarste diensten geeft, terwijl de Nederlandse collega's de dagdiensten krijgen.
herkomst | online | Via het webformulier werd melding gedaan van een TikTok-video waarin een jongen zegt: 'al die Somaliërs zijn uitkeringstrekkers, ze moeten allemaal het land uit'. De video is ruim 40.000 keer bekeken.
herkomst | horeca | Aangever, afkomstig uit Ghana, bestelde op het terras een biertje. De serveerster eiste dat hij vooruit betaalde, terwijl de andere gasten op het terras dat niet hoefden. Op zijn vraag waarom zei ze: 'Bij jullie weet je het maar nooit.'
herkomst | woning | Melder verklaarde dat de verhuurder van een kamer in de Schilderswijk in zijn advertentie 'Geen allochtonen' had gezet. Screenshot van de advertentie is bijgevoegd.
herkomst | buren | Mutatie: Collega's ter plaatse ivm burenruzie. Buurvrouw riep over de schutting naar melder 'ga terug naar je apenland, vuile zwarte'. Tegen ons verklaarde buurvrouw dat zij 'gewoon zegt wat iedereen denkt'.
herkomst | dienstverlening | Aangeefster wilde in een kledingwinkel een jas passen. De verkoper liep steeds achter haar aan en zei tegen een collega 'let op die zigeunerin, straks gaat er wat mee'. Aangeefster is van Roma-afkomst en voelde zich vernederd.
herkomst | bedreiging | Mld. ontving via Instagram een privébericht: 'Ik weet waar je woont, n3gerin. Pak je koffers of ik kom langs met mijn vrienden.' Het account is anoniem en inmiddels offline.
herkomst | vervoer | Aangever had via een app een taxi besteld. Toen de chauffeur hem zag staan reed hij door en stuurde een bericht: 'Sorry, geen Arabieren in mijn auto.' Aangever heeft de chat bewaard.
herkomst | werk | Melder solliciteerde twee keer bij hetzelfde logistieke bedrijf met precies hetzelfde cv: eenmaal als Mohammed Bouzid en eenmaal onder de naam Mark de Boer. Alleen 'Mark' werd uitgenodigd voor een gesprek.
herkomst | geweld | Na een kop-staartbotsing stapte vdt. uit en sloeg de bestuurder van de andere auto in het gezicht terwijl hij riep 'vuile Chinees, leer eerst rijden'. Slachtoffer is van Vietnamese afkomst.
herkomst | school | Mentor meldde dat een leerling tijdes de gymles door drie klasgenoten werd vastgehouden terwijl ze 'spleetoog' scandeerden en aan zijn ooghoeken trokken. Ouders willen aangifte doen.
herkomst | online | Onder een nieuwsbericht over een nieuw AZC in de gemeente plaatste een gebruiker op Facebook: 'gewoon allemaal afknallen die gelukszoekers, dan zijn we ervan af'. Melder vraagt of dit strafbaar is.
herkomst | sport | Bij de kickbokstraining zei de trainer tegen aangever dat hij niet mee mocht naar het gala omdat 'het publiek geen zin heeft in Marokkaantjes'. Aangever traint al drie jaar bij de club en heeft een wedstrijdlicentie.
herkomst | graffiti | Op het bushokje bij de Kerklaan is gekalkt: 'NL voor Nederlanders - Turken en Marokkanen OPROTTEN', met daarbij een Keltisch kruis.
herkomst | horeca | Melder, een man met een Indonesische achtergrond, vroeg bij de snackbar om een broodje kroket. De eigenaar riep dat hij 'geen pinda's' bediende en gebaarde dat hij weg moest gaan.
herkomst | politie | Mld., van Marokkaanse afkomst, wilde op het bureau aangifte doen van fietsendiefstal. Volgens mld. zei de baliemedewerker dat 'jullie die fietsen meestal zelf jatten' en werd de aangifte niet opgenomen.
herkomst | dienstverlening | Aangeefster verklaarde dat de medewerker aan de gemeentebalie weigerde haar verder te helpen en zei: 'Eerst maar eens fatsoenlijk Nederlands leren, mevrouw, dan praten we verder.' Aangeefster spreekt volgens rapp. vloeiend Nederlands.
herkomst | bedreiging | Tijdens een ruzie over een parkeerplaats trok vdt. een mes en zei tegen aangever: 'Jullie Afghanen zijn allemaal tuig, ik steek je lek.' Vdt. is ter plaatse aangehouden.
herkomst | woning | Melder bezichtigde een appartement via een makelaar. Tijdens de bezichtiging vroeg de makelaar waar haar ouders vandaan kwamen en zei daarna dat 'de eigenaar liever Nederlandse huurders heeft'. Zij kreeg de woning niet.
herkomst | online | Melding van een Telegramgroep waarin 'remigratie nu' wordt geroepen en deelnemers adressen van Syrische gezinnen in het dorp delen met de tekst 'tijd voor actie'.
herkomst | werk | Aangever, werkzaam in de bouw, verklaarde dat zijn voorman hem al maanden 'bruine' en 'koelie' noemt en hem verbiedt om in de keet bij de anderen te zitten.
herkomst | horeca | Aangever verklaarde dat de portier van discotheek De Kelder hem en zijn twee neven weigerde met 'vanavond alleen vaste gasten'. Een half uur later zagen zij een groep blonde jongens zonder pasje naar binnen gaan. Toen aangever dit aankaartte zei de portier: 'Jullie soort geeft altijd problemen.'
herkomst | geweld | Op het Malieveld werd een Eritrese jongen door een groep van ca. zes mannen achtervolgd. Getuige hoorde 'pak die zwarte' roepen. Slachtoffer liep een hoofdwond op.
herkomst | vervoer | Getuige verklaarde dat een conducteur tegen een groep Marokkaans-Nederlandse meisjes zei dat 'jullie soort' in de eerste klas niets te zoeken heeft, terwijl zij geldige eersteklaskaartjes hadden. Getuige heeft de kaartjes zelf gezien.
herkomst | online | Onder een YouTube-filmpje van een demonstratie staat: 'die mokro's en turken moeten we terugsturen in een veewagen'. Melder heeft de gebruikersnaam genoteerd.
herkomst | buren | Melder verklaarde dat de kinderen van de overburen haar dochter structureel 'poepchinees' noemen. Toen melder de ouders hierop aansprak zei de vader: 'Ze hebben toch gelijk.'
herkomst | dienstverlening | Aangever wilde bij de bank een zakelijke rekening openen. De medewerker zei dat 'mensen met een Nigeriaanse achtergrond' extra gescreend worden en dat dit maanden duurt. Zijn Nederlandse compagnon had bij dezelfde bank binnen een week een rekening.
herkomst | graffiti | Op de muur van de sporthal aan de Schoolweg is in grote letters 'WHITE POWER' en 'zwarten eruit' gespoten. Beheerder heeft foto's gemaakt en de muur laten afdekken.
herkomst | bedreiging | Mld. is eigenaar van een Turkse supermarkt en vond een brief in de bus: 'Jouw soort hoort hier niet. Sluit de zaak voor het einde van de maand of we maken het zelf af.' De brief is ondertekend met 'Nederlandse patriotten'.
herkomst | politie | Rapp. hoorde tijdens de avondsurveillance een handhaver via de portofoon zeggen 'weer zo'n stel kut-Marokkanen bij de snackbar'. Dit is gemeld bij de teamchef en bij de leidinggevende van de handhavers.
herkomst | werk | Aangeefster werkte als caissière en kreeg van haar teamleider te horen dat ze niet meer op de kassa mocht omdat 'klanten liever een Nederlands gezicht zien'. Zij werd overgeplaatst naar het magazijn.
herkomst | horeca | Melder had online een tafel gereserveerd onder de naam Kaya. Bij aankomst was er 'geen reservering'. Een vriendin belde vanaf de stoep en reserveerde onder de naam Jansen voor hetzelfde tijdstip; zij kreeg direct een tafel.
herkomst | sport | Supporters van de thuisclub gooiden tijdens de wedstrijd bananen naar de doelman van de bezoekers, die van Curaçao komt, en riepen 'ga terug naar je boom'.
herkomst | online | Mld. is 14 jaar en ontving in een gamechat van een onbekende speler herhaaldelijk berichten als 'k4nker n1kker' en 'go pick cotton'. Ouders doen de melding.
herkomst | woning | Aangever verklaarde dat de woningbemiddelaar aan de telefoon vriendelijk was tot hij zijn achternaam spelde. Daarna was de woning 'helaas net weg', terwijl de advertentie een week later nog online stond.
herkomst geslacht | school | Een leerlinge van groep 7 vertelde de intern begeleider dat haar juf had gezegd dat zij 'als Marokkaans meisje later toch trouwt en thuisblijft' en daarom geen vwo-advies nodig had.
herkomst seksuele_gerichtheid | geweld | Aangever, een homoseksuele man van Surinaamse afkomst, werd in de kleedkamer van de sportschool door twee mannen uitgescholden voor 'zwarte flikker' en tegen de kluisjes geduwd.
herkomst godsdienst | online | In een reactie op de site van een regionale krant schreef iemand: 'Marokkanen en hun islam horen hier niet, zet ze met z'n allen op de boot.'
## -------------------------------------------------------------- godsdienst
godsdienst | werk | Aangeefster verklaarde dat zij bij een sollicitatie voor een baan als receptioniste te horen kreeg dat zij welkom was 'mits de hoofddoek af gaat'. Toen zij dat weigerde werd het gesprek beëindigd.
godsdienst | sport | Mld. werd in de sportschool door een medewerker aangesproken die zei dat ze met haar hoofddoek niet mocht trainen omdat 'dat hier niet hoort'. Andere vrouwen met een pet of haarband mochten gewoon doortrainen.
godsdienst | graffiti | Op de muur van de Mevlana-moskee aan de Vaartweg is 'Islam = kanker, weg met die geitenneukers' gespoten. Het bestuur van de moskee heeft aangifte gedaan.
godsdienst | bedreiging | Bij de ingang van de Al-Fath moskee is vannacht een varkenskop neergelegd met een briefje 'dit is pas het begin'. Camerabeelden worden opgevraagd.
godsdienst geslacht | geweld | Aangeefster verklaarde dat een onbekende man in de tram aan haar hoofddoek trok en riep 'in Nederland doen we dat niet, terroristenhoer'. Zij viel daarbij tegen een stoel en liep een blauwe plek op.
godsdienst | online | Mld. wijst op een bericht op X: 'M0sl1ms zijn ratten, sluit alle moskeeën en stuur ze terug'. Het account heeft ruim 2000 volgers.
godsdienst | buren | Melder verklaarde dat zijn buurman iedere vrijdag, als melder naar het vrijdaggebed vertrekt, 'Allahu akbar, boem!' roept en explosiegeluiden maakt. Melder voelt zich geïntimideerd.
godsdienst | school | Moeder meldde dat haar dochter niet mocht meedoen aan de examentraining omdat zij tijdens de ramadan vastte. De docent zou hebben gezegd: 'Als je zo nodig moet vasten voor je geloof, blijf je maar thuis.'
godsdienst | werk | Aangever is sikh en werkt als beveiliger. Zijn nieuwe leidinggevende eiste dat hij zijn tulband afdeed tijdens diensten, terwijl collega's met een pet of muts niets werd gezegd. Toen hij weigerde werd zijn contract niet verlengd.
godsdienst herkomst | horeca | Melder en zijn vrouw werden bij een restaurant geweigerd. De gastheer wees naar de hoofddoek van zijn vrouw en zei: 'Daar hebben we hier geen zin in, probeer het maar bij de kebabzaak.'
godsdienst | graffiti | Op de deur van de Hervormde kerk is met zwarte verf 'christenhonden' gekalkt, met daarnaast een omgekeerd kruis. Koster heeft het vanochtend ontdekt.
godsdienst | online | In de WhatsAppgroep van een voetbalteam werd een meme gedeeld van een brandende Koran met de tekst 'zo moet het met al die mosselmannen'. Een teamlid heeft de screenshots aan de balie ingeleverd.
godsdienst | bedreiging | Mld., imam van een moskee in de stad, ontving een dreigbrief: 'Jij en je geloof zijn een gevaar. Wij weten waar je preekt.' Geen afzender.
godsdienst | dienstverlening | Melder verklaarde dat de kapster weigerde haar te knippen met de woorden: 'Wij knippen geen moslima's, dat geeft alleen maar gezeur.' De afspraak was online gemaakt en bevestigd.
godsdienst | woning | Aangever verklaarde dat de huisbaas hem de kamer weigerde nadat hij vroeg of hij in zijn kamer mocht bidden. Huisbaas zei: 'Ik wil geen moslims in huis, dat trekt alleen maar meer van die lui aan.'
godsdienst | werk | Melder werkt als verpleegkundige en mag van haar afdelingshoofd geen kruisje aan een ketting dragen, terwijl een collega wel een ketting met een hartje draagt. Afdelingshoofd zei: 'Dat christelijke gedoe hoort hier niet.'
godsdienst | geweld | Slachtoffer, een man in djellaba, werd bij het verlaten van de moskee door een automobilist bespuugd en met een bierflesje bekogeld. Vdt. riep 'terrorist, donder op naar Mekka'.
godsdienst | school | Docent meldde dat een groepje leerlingen een hindoeïstische klasgenote uitlacht om haar tilak en haar 'koeienaanbidder' noemt. De pesterijen duren al weken.
godsdienst | online | Op een forum werd onder een artikel over een nieuwe moskee geschreven: 'Islamieten zijn geen mensen maar beesten. Die moskee moet in de fik.' Melder vraagt om actie.
godsdienst | buren | Mutatie: Buurtbewoners meldden dat op de deur van een woning waar een Ahmadiyya-gezin woont het woord 'ketters' is gekrast en dat er een dode kip op de stoep lag.
godsdienst | sport | Een voetballer meldde dat spelers van de tegenpartij hem 'baardaap' en 'IS-strijder' noemden nadat hij na zijn doelpunt op het veld een kort gebed deed.
godsdienst | vervoer | Aangeefster droeg een hoofddoek en werd bij de taxistandplaats geweigerd. De chauffeur zei dat hij 'geen moslims' vervoert en reed weg. Een man achter haar in de rij werd wel meegenomen.
godsdienst | politie | Mld. verklaarde dat een handhaver haar bij de markt aansprak en zei: 'Met die hoofddoek ben je een wandelende reclame voor de sharia.' Mld. wil een klacht indienen tegen de handhaver.
godsdienst | werk | Aangever vroeg zijn werkgever op vrijdag om een langere middagpauze voor het gebed, te compenseren door later door te werken. Zijn baas antwoordde in de groepsapp: 'Hier wordt gewerkt, niet op een kleedje gelegen.' Een week later werd aangever ontslagen.
godsdienst | graffiti | Bij de Koninkrijkszaal van Jehovah's Getuigen zijn de ramen ingegooid en is op de muur 'sekte tuig weg hier' gespoten.
godsdienst herkomst | online | Een influencer plaatste een story waarin hij oproept om 'geen enkele winkel van hindoestanen meer binnen te gaan, die afgodendienaars'. Melder heeft de story opgenomen voor die verdween.
godsdienst herkomst | dienstverlening | Aangeefster verklaarde dat de apothekersassistente, toen zij haar naam Aisha hoorde, luid tegen een collega zei 'die met dat doekje verstaat toch geen Nederlands' en haar als laatste hielp, hoewel zij als eerste aan de beurt was.
godsdienst | bedreiging | Op de parkeerplaats van het islamitisch centrum zijn onder de ruitenwissers van alle auto's briefjes gestoken met de tekst 'Christchurch was een goed begin'.
godsdienst | geweld | Aangever, een christelijke Syriër, werd in het AZC door medebewoners geslagen. Zij noemden hem 'kafir' en eisten dat hij zijn kruisje afdeed.
godsdienst | buren | Melder verklaarde dat de buurman haar kerststal in de voortuin heeft vernield en daarbij riep dat 'dat christelijke afgodengedoe' niet in zijn straat thuishoort.
godsdienst | horeca | Aangever verklaarde dat de eigenaar van het café hem en zijn vrienden, die na het vrijdaggebed in djellaba kwamen, niet wilde bedienen: 'Geen moskeegangers in mijn zaak, ga maar thee drinken in jullie eigen tent.'
## ----------------------------------------------------------- antisemitisme
antisemitisme | graffiti | Op de muur van de synagoge aan de Lekstraat is een hakenkruis van ongeveer een meter breed gespoten. Een beveiligingscamera heeft een persoon in een grijze hoodie vastgelegd.
antisemitisme | sport | Tijdens de wedstrijd werd door een groep supporters in het uitvak het lied 'Hamas, Hamas, joden aan het gas' gezongen. Stewards hebben zeven personen uit het vak verwijderd.
antisemitisme | online | Melder wijst op een Telegramkanaal waarin wordt gesteld dat 'de (((zionisten))) corona hebben bedacht' en dat 'J00den alle banken bezitten'.
antisemitisme | geweld | Aangever droeg een keppel en liep vanaf de sjoel naar huis toen een fietser hem van achteren een klap gaf en 'kankerjood' riep. Aangever viel op de grond en heeft een schaafwond aan zijn hoofd.
antisemitisme | bedreiging | Een Joodse ondernemer ontving een envelop met een foto van de poort van Auschwitz en de tekst 'er is nog plek'. Recherche is ingeschakeld.
antisemitisme | buren | Melder verklaarde dat haar mezoeza van de deurpost is getrokken en in de container gegooid. Op haar deur was met stift 'Juden raus' geschreven. Zij verdenkt de buren van driehoog.
antisemitisme | school | Een docent geschiedenis meldde dat leerlingen tijdens een les over de Holocaust tegen een Joodse klasgenoot riepen 'ze hadden er meer moeten vergassen'. School heeft de ouders ingelicht.
antisemitisme | werk | Aangeefster verklaarde dat collega's haar 'de Jodin' noemen en grappen maken over 'douches'. Toen zij vrij vroeg voor Jom Kipoer zei haar manager: 'Jullie zijn toch al rijk genoeg, werk maar door.'
antisemitisme | online | Onder een video over het Anne Frank Huis staat een reactie: 'Dat dagboek is nep, de holocaust is een verzinsel van de jodenlobby'. Melder vraagt om verwijdering.
antisemitisme | horeca | Mld. verklaarde dat zij in een café niet werd bediend omdat zij een ketting met een davidster droeg. De barman zei: 'Zionisten worden hier niet geholpen.'
antisemitisme | graffiti | Op een bankje in het park is 'Joden = moordenaars' gekrast, met daarnaast een davidster met een streep erdoor.
antisemitisme | dienstverlening | Aangever wilde bij een servicepunt een pakket versturen naar familie in Israël. De medewerker weigerde dat en zei hardop: 'Voor de Joden doe ik niks.' Aangever heeft de naam van de medewerker doorgegeven.
antisemitisme | bedreiging | Bij een Joodse basisschool is een briefje in de brievenbus gedaan: 'We komen jullie kinderen halen, net als in 1942.'
antisemitisme | sport | Bij een amateurwedstrijd riep een speler naar een tegenstander met een Joodse achternaam: 'Ga maar terug naar je gaskamer.' De scheidsrechter heeft de speler een rode kaart gegeven.
antisemitisme | online | In een Discordserver van scholieren deelde een gebruiker een plaatje van Hitler met de tekst 'hij heeft het werk niet afgemaakt' en de hashtag #1488. Een ouder heeft het gemeld.
antisemitisme | geweld | Twee mannen vernielden de loofhut van een Joods gezin in de achtertuin en bedreigden de vader. Een van de vdt. riep: 'Vuile jodenhond, jullie huis slopen we ook.'
antisemitisme | buren | Mutatie: Melder verklaarde dat zijn bovenbuurman iedere keer als melder de trap op loopt de Hitlergroet brengt en 'Sieg Heil' roept. Melder is Joods en de buurman weet dat.
antisemitisme | vervoer | Aangeefster werd door een taxichauffeur uit de auto gezet nadat zij een telefoongesprek in het Hebreeuws had gevoerd. De chauffeur zei: 'Ik rijd geen joden, eruit.'
antisemitisme | graffiti | Op het monument voor de gedeporteerde Joodse inwoners bij de Oude Begraafplaats is met zwarte verf 'LEUGEN' en een hakenkruis gespoten.
antisemitisme | online | Mld. kreeg na een artikel in de lokale krant over haar Joodse familiegeschiedenis op LinkedIn berichten als 'jij hoort zeker ook bij de Rothschild-bende' en 'jullie soort regeert de wereld al lang genoeg'.
antisemitisme | school | Een student op het mbo tekende een hakenkruis op de tafel van een Joodse medestudent en schreef er 'voor jou' bij. Docent heeft foto's gemaakt.
antisemitisme | bedreiging | Bij het kantoor van een Joodse belangenorganisatie werd anoniem gebeld: 'Er komt een bom bij jullie, vuile joden.' Het gesprek is opgenomen door de telefooncentrale.
antisemitisme | horeca | De eigenaar van een koosjere broodjeszaak trof op zijn ruit stickers aan met 'Koop niet bij Joden' en een doodskop.
antisemitisme | geweld | Slachtoffer werd na afloop van een herdenking door een man met een bierfles geslagen. De man riep: 'Nog steeds aan het janken over jullie nepholocaust?'
antisemitisme | werk | Melder verklaarde dat zijn werkgever hem niet wilde laten doorgroeien naar teamleider omdat 'klanten geen Jood als leidinggevende willen'. Dit werd gezegd in het bijzijn van twee collega's.
antisemitisme | online | Onder een post van een Joods gemeenteraadslid reageerde iemand: 'Ga terug naar je kibboets, geldwolf, jouw soort hoort niet in onze raad'.
antisemitisme | woning | Een Joodse vrouw wilde een kamer boeken in een B&B. De eigenaar mailde terug: 'Na het zien van uw achternaam moet ik u helaas weigeren, ik verhuur niet aan Joden.'
antisemitisme | buren | Melder verklaarde dat de buurjongens 'Jood' en 'gas' op haar beslagen ruit hebben geschreven en sisgeluiden maken als zij langs loopt.
antisemitisme seksuele_gerichtheid | graffiti | In de fietstunnel bij het station is gespoten: 'Joden en flikkers het gas in', met daarnaast een hakenkruis.
## ---------------------------------------------------- seksuele_gerichtheid
seksuele_gerichtheid | geweld | Aangever liep hand in hand met zijn vriend over de Oudegracht toen een groep jongens hen omsingelde. Eén van hen riep 'vieze flikkers' en sloeg aangever met de vuist in het gezicht.
seksuele_gerichtheid | buren | Melder verklaarde dat de buren hem en zijn man sinds de verhuizing 'de homo's van driehoog' noemen. Vandaag zat er een gebruikt condoom in hun brievenbus met een briefje 'AIDS-nichten'.
seksuele_gerichtheid | horeca | Twee vrouwen werden uit een café gezet nadat zij elkaar een kus gaven. De barman zei: 'Dat lesbische gedoe doen jullie maar ergens anders.'
seksuele_gerichtheid | online | Mld. toonde een Instagramcomment onder een foto van haar en haar vriendin: 'p0tten zoals jullie moeten genezen worden, desnoods met geweld'.
seksuele_gerichtheid | woning | Aangever en zijn partner reageerden op een huurwoning. Toen de verhuurder hoorde dat de partner ook een man is zei hij: 'Ik verhuur alleen aan normale gezinnen.' De woning ging naar een stel dat later had gereageerd.
seksuele_gerichtheid | sport | In de kleedkamer van een hockeyclub werd een speler door teamgenoten uitgescholden voor 'homo' en 'mietje' nadat hij had verteld dat hij een vriendje heeft. Zijn kleding werd in de douche gegooid.
seksuele_gerichtheid | graffiti | Het regenboogzebrapad bij het gemeentehuis is met zwarte verf overgeschilderd en ernaast is 'Homo's = ziek' gespoten.
seksuele_gerichtheid | werk | Aangeefster werd door haar leidinggevende in de winkel in het bijzijn van klanten 'de lesbo' genoemd. Na haar klacht daarover werd haar proeftijdcontract niet omgezet in een vast contract.
seksuele_gerichtheid | bedreiging | Mld. ontving na zijn coming-out op TikTok een DM: 'Ik snij je keel door, vuile homo. Jullie horen niet op deze aarde.'
seksuele_gerichtheid | school | Een leerling van 15 jaar werd volgens zijn moeder door klasgenoten opgewacht bij het fietsenhok en bespuugd, waarbij ze riepen 'homojongen, we gaan je genezen'. School had eerdere meldingen niet opgepakt.
seksuele_gerichtheid | dienstverlening | Een lesbisch stel wilde een bruidstaart bestellen bij een bakkerij. De bakker zei dat hij 'zulke bruiloften' niet steunt en weigerde de bestelling. Een bevriend hetero stel kreeg de dag erna wel een offerte.
seksuele_gerichtheid | online | Op de Facebookpagina van een lokale voetbalclub werd onder een bericht over de regenboogband gereageerd: 'Die h0m0 propaganda kan de vuilnisbak in, die nichten moeten ze opsluiten.'
seksuele_gerichtheid | geweld | Na het verlaten van een gaybar werd slachtoffer door twee mannen gevolgd. Zij riepen 'hé nicht' en schopten hem tegen de grond. Slachtoffer heeft gekneusde ribben.
seksuele_gerichtheid | vervoer | Melder verklaarde dat hij in de trein met zijn vriend zat te praten toen een medereiziger opstond en zei: 'Ik ga niet naast zo'n stel flikkers zitten, gadverdamme.' De man bleef daarna dreigend voor hen staan tot het volgende station.
seksuele_gerichtheid | buren | Mutatie: Twee vrouwen meldden dat de buurman hun regenboogvlag van het balkon heeft gerukt en op de stoep in brand heeft gestoken. Hij riep erbij: 'Dit is een normale straat, geen pottenbuurt.'
seksuele_gerichtheid | bedreiging | Bij een ontmoetingsplaats voor homomannen in het park werden bezoekers door een groep jongeren met stokken opgewacht. Een van de jongeren filmde en riep 'homojacht, wie doet er mee'.
seksuele_gerichtheid | geweld | Aangever werd via een datingapp voor homo's naar een afspraak gelokt, waar drie jongens hem beroofden en uitscholden voor 'vieze homo'. De daders filmden het en zetten de beelden online.
seksuele_gerichtheid | werk | Melder verklaarde dat hij op zijn werk in een garagebedrijf een pop met een roze strik op zijn werkbank vond, met een briefje 'voor onze homo'. Zijn baas lachte mee en zei dat hij 'niet zo moeilijk moest doen'.
seksuele_gerichtheid | horeca | Melder verklaarde dat de eigenaar van een shoarmazaak hem en zijn vriend weigerde te bedienen: 'Jullie soort wil ik hier niet, dat is tegen mijn geloof.'
seksuele_gerichtheid | werk | Een docente van een christelijke school werd door het bestuur op non-actief gezet kort nadat zij had verteld dat zij met een vrouw gaat trouwen. Als reden werd genoemd dat haar 'levensstijl niet past bij de identiteit van de school'.
seksuele_gerichtheid | sport | Tijdens een amateurwedstrijd riep het publiek 'homo, homo' naar de scheidsrechter en werden zakjes glitter naar hem gegooid. De scheidsrechter is openlijk homo en werd eerder al zo uitgescholden.
seksuele_gerichtheid | dienstverlening | Aangever verklaarde dat de medewerker van de verzekeraar, nadat hij zijn man als partner noemde, zei: 'Dan moet er een hogere premie komen, jullie hebben meer risico op ziektes.'
seksuele_gerichtheid | graffiti | Op de deur van het COC-pand is 'flikkers de gracht in' geschreven en er is een ruit ingegooid.
seksuele_gerichtheid | buren | Melder verklaarde dat de buurvrouw haar kinderen verbiedt om met melders zoontje te spelen omdat hij 'twee moeders heeft en dat besmettelijk is'. De buurvrouw schreeuwde dit ook over straat.
seksuele_gerichtheid | online | Mld. meldt dat een vlogger in een livestream het adres van een homobar noemde en zei: 'Wie gaat daar vanavond een paar flikkers afmaken, ik betaal de benzine.'
seksuele_gerichtheid | geweld | Vdt. wees in de uitgaansstraat naar de regenboogspeld op de jas van aangever, zei 'zo'n mietje' en spuugde hem in het gezicht. Vdt. is door de portier vastgehouden tot de politie kwam.
seksuele_gerichtheid | politie | Melder dient een klacht in omdat een agent bij het opnemen van zijn aangifte van mishandeling lachend vroeg of hij 'het niet zelf had uitgelokt met dat nichterige gedoe'.
seksuele_gerichtheid | bedreiging | Na afloop van de Pride-bijeenkomst werden twee vrouwen nagelopen door een man die riep dat ze 'gewoon eens een echte vent moesten hebben, dan werden ze wel normaal' en dreigde hen de bosjes in te trekken.
seksuele_gerichtheid genderidentiteit | bedreiging | Bij het LHBTI-jongerencafé werd een brief bezorgd met de tekst: 'Homo's en tr@nnies, wij komen jullie halen. Dit dorp is van normale mensen.'
## -------------------------------------------------------- genderidentiteit
genderidentiteit | geweld | Aangeefster is een transvrouw en werd bij de bushalte door een man aangesproken met 'wat ben jij, een vent in een jurk?'. Toen zij doorliep trok hij aan haar haar en duwde haar tegen het bushokje.
genderidentiteit | horeca | Mld., een transman, werd bij de toiletten van een café tegengehouden door de uitbater, die zei dat hij 'eerst moest laten zien wat hij in zijn broek heeft' voordat hij naar het herentoilet mocht.
genderidentiteit | online | Een non-binaire jongere ontving op Instagram tientallen berichten als 'je bent een het, geen mens' en 'tr@nnies moeten van het dak'. Ouders doen melding.
genderidentiteit | werk | Aangeefster verklaarde dat zij na het bekendmaken van haar transitie door haar werkgever van de klantenservice naar de back-office werd verplaatst, 'omdat klanten daar anders van schrikken'. Haar salaris werd verlaagd.
genderidentiteit | woning | Melder is transgender en reageerde op een kamer in een studentenhuis. Na de kennismaking kreeg zij een bericht: 'We zoeken eigenlijk een echte meid voor de meidenverdieping, sorry.'
genderidentiteit | dienstverlening | Aangever verklaarde dat de apotheker in de volle winkel zijn oude meisjesnaam riep en weigerde zijn nieuwe naam te gebruiken, hoewel die officieel in de BRP is aangepast. De apotheker zei: 'Voor mij blijf je gewoon een meisje.'
genderidentiteit | buren | Mutatie: Melder verklaarde dat de bovenburen haar al maanden 'travo' en 'meneer' naroepen. Vandaag stond met stift 'hier woont een HET' op haar voordeur.
genderidentiteit | school | Een leerling in transitie werd door de gymdocent verboden de jongenskleedkamer te gebruiken en moest zich omkleden in het invalidentoilet. De docent zei tegen de klas dat 'hij nog steeds gewoon een meisje is'.
genderidentiteit | sport | Aangeefster werd door de voorzitter van de zwemvereniging als lid geweigerd, met als uitleg dat 'mensen zoals jij' de dames ongemakkelijk maken. Haar geslachtsregistratie is al drie jaar geleden gewijzigd.
genderidentiteit | bedreiging | Mld., een transvrouw die als kapper werkt, vond een briefje onder haar ruitenwisser: 'Wij weten wat je bent. Verdwijn uit dit dorp of we helpen je een handje.'
genderidentiteit | online | Op een lokaal Facebookforum verscheen onder een aankondiging van een drag-voorleesmiddag in de bibliotheek: 'Die pedo-travestieten moeten we opwachten met honkbalknuppels.'
genderidentiteit | geweld | In het uitgaanscentrum werd een non-binair persoon door twee jongens uitgescholden voor 'halve vent' en geslagen nadat die had gevraagd om met 'die' te worden aangesproken.
genderidentiteit | vervoer | Melder, een transvrouw, werd door de conducteur luid 'meneer' genoemd en bij de kaartcontrole ondervraagd over haar 'echte naam', terwijl haar OV-kaart op haar huidige naam staat. Conducteur zei tegen medereizigers: 'Kijk, dat is gewoon een vent.'
genderidentiteit | politie | Aangeefster, een transvrouw, verklaarde dat zij na haar aanhouding tegen haar wil bij de mannen werd ingesloten en dat een arrestantenbewaarder spottend 'het' tegen haar zei. Klacht is ingediend.
genderidentiteit | werk | Melder solliciteerde als pedagogisch medewerker. Toen bleek dat haar diploma op een mannennaam stond en zij uitlegde dat ze trans is, zei de manager: 'Ouders willen zoiets niet bij hun kinderen.' Het gesprek werd direct beëindigd.
genderidentiteit | graffiti | Op de muur van het inloophuis voor transgender personen is gespoten: 'Er zijn maar 2 geslachten - TRANSGEKTE'. De transgendervlag die buiten hing is vernield.
genderidentiteit | sport | Mld. verklaarde dat de sportschool haar lidmaatschap heeft opgezegd nadat een klant klaagde dat 'er een man in de vrouwenkleedkamer' stond. Mld. is transvrouw en had zich bij inschrijving netjes als vrouw aangemeld.
genderidentiteit | buren | Aangever, een transman, verklaarde dat de buurman hem op de galerij bij zijn keel greep en zei: 'Jij bent gewoon een verklede meid, ik zal je laten zien wat een echte man is.'
genderidentiteit | online | In een WhatsAppgroep van ouders van groep 8 werd een foto van de transgender leerkracht gedeeld met de tekst 'dit gedrocht staat voor de klas van onze kinderen, tijd om te regelen dat het weg is'.
genderidentiteit | horeca | Aangeefster verklaarde dat de portier haar de toegang weigerde toen hij op haar ID een 'M' zag staan, terwijl hij haar vriendinnen wel doorliet. Hij zei: 'Verkleedpartijtjes doen we hier niet.'
genderidentiteit | school | Een mbo-docent meldde dat een student stelselmatig door twee klasgenoten bij de oude naam wordt genoemd en dat zij op Snapchat een poll hebben gezet met de vraag 'is het nou een jongen of een meisje'. Student durft niet meer naar school.
genderidentiteit | bedreiging | Mld. is non-binair en spreekt op bijeenkomsten over genderdiversiteit. Na een lezing ontving mld. een e-mail: 'Mensen zoals jij verdienen een kogel. Kies: man, vrouw of dood.'
genderidentiteit | geweld | Slachtoffer, een transvrouw die als sekswerker werkt, werd door een klant mishandeld toen hij ontdekte dat zij trans is. Hij riep 'je hebt me bedrogen, vuile travo' en sloeg haar met een fles.
genderidentiteit | dienstverlening | Melder verklaarde dat de kapper haar buiten de deur zette met de woorden: 'Ik knip geen mannen die zich als vrouw verkleden.' Ze had een afspraak voor een gewone knipbeurt.
## ---------------------------------------------------------------- geslacht
geslacht | werk | Aangeefster verklaarde dat zij twee weken nadat zij haar zwangerschap had gemeld te horen kreeg dat haar contract niet werd verlengd. Haar leidinggevende zei erbij: 'Je begrijpt zelf ook wel dat we iemand nodig hebben die er gewoon is.'
geslacht | werk | Mld. werd ontslagen toen bleek dat ze zwanger was. Haar werkgever, een schoonmaakbedrijf, stuurde een appje: 'Met een dikke buik kun je niet schrobben, je bent per direct klaar.'
geslacht | sport | Een vrouwelijke scheidsrechter werd tijdens een amateurwedstrijd door spelers en publiek uitgescholden met 'ga terug naar de keuken' en 'wijven horen niet op het veld'. Na afloop wachtte een speler haar op bij de kleedkamer.
geslacht | online | Een journaliste ontving na een uitzending honderden reacties zoals 'k*twijven zoals jij moeten hun bek houden' en 'jij moet eens flink aangepakt worden door een echte vent'.
geslacht | werk | Melder is man en solliciteerde bij een kinderdagverblijf. Hij kreeg een e-mail terug: 'Wij nemen bewust geen mannelijke medewerkers aan, ouders vinden dat niet prettig.'
geslacht | horeca | Een groep vrouwen werd bij de ingang van een café geweigerd; de portier zei dat er 'vanavond alleen mannen in mogen, het is voetbal'. Mannen die na hen kwamen, ook zonder reservering, mochten wel naar binnen.
geslacht | politie | Aangeefster verklaarde dat de agent aan de balie bij haar aangifte van bedreiging door haar ex zei: 'Vrouwen overdrijven dit soort dingen vaak, denk er thuis nog even over na.' De aangifte werd niet opgenomen.
geslacht | bedreiging | Aangeefster werd op straat door een groep jongens nageroepen met 'hoer' en 'kom hier, sletje' en werd gevolgd tot aan haar voordeur. Een van de jongens riep dat 'een meisje alleen op straat erom vraagt'.
geslacht | dienstverlening | Aangeefster wilde een auto huren. De medewerker vroeg of haar man mee kon komen om te tekenen, 'want vrouwen rijden nu eenmaal vaker schade'. Zonder handtekening van een man kreeg zij de auto niet mee.
geslacht | werk | Melder verklaarde dat zij als enige vrouw in het team van monteurs steeds de schoonmaakklussen krijgt. Haar chef zegt: 'Een vrouw kan toch niet sleutelen, poets jij de werkplaats maar.'
geslacht | school | Een moeder meldde dat de docent techniek haar dochter weigerde in te delen bij het lasproject omdat 'meisjes dat toch niet kunnen' en haar naar de textielles stuurde.
geslacht | online | Op een gamingplatform werd aangeefster na het winnen van een potje overladen met berichten als 'vrouwen horen niet te gamen, terug naar het aanrecht' en met de dreiging haar adres online te zetten.
geslacht | vervoer | Melder verklaarde dat de taxichauffeur weigerde haar 's avonds mee te nemen zonder mannelijke begeleiding, omdat 'vrouwen alleen in een taxi om problemen vragen'. Een man die na haar kwam werd wel meegenomen.
geslacht | geweld | Slachtoffer werd in de uitgaansstraat in het gezicht geslagen nadat zij een man had afgewezen. Vdt. riep: 'Een vrouw moet gewoon doen wat een man zegt.'
geslacht | werk | Mld. werkt als ICT'er en ontdekte dat een mannelijke collega met dezelfde functie en minder ervaring 600 euro per maand meer verdient. HR zei: 'Mannen onderhandelen nu eenmaal beter, en hij is kostwinner.'
geslacht | bedreiging | Een vrouwelijke boa werd tijdens een handhavingsactie door een man uitgescholden voor 'kutwijf met een pet' en bedreigd: 'Geen wijf gaat mij een bon geven, ik weet je te vinden.'
geslacht | sport | Aangeefster wilde lid worden van de plaatselijke biljartvereniging, maar kreeg van het bestuur te horen dat 'een vrouw aan de tafel de sfeer verpest' en dat zij alleen op de damesavond welkom is.
geslacht | dienstverlening | Melder, alleenstaande vader, werd bij het consultatiebureau door de verpleegkundige afgewimpeld met de woorden: 'Komt u maar terug met de moeder, mannen snappen hier toch niks van.'
geslacht | online | In een Telegramgroep van zogenaamde incels wordt een foto van een vrouwelijke docent gedeeld met de tekst 'dit soort wijven verdienen een kogel'. Een student heeft het gemeld.
geslacht | woning | Aangeefster, alleenstaande moeder, kreeg van een particuliere verhuurder te horen dat hij 'niet aan vrouwen alleen' verhuurt, omdat 'die de huur niet kunnen betalen en steeds mannen over de vloer hebben'.
geslacht | werk | Aangever verklaarde dat zijn sollicitatie als verpleegkundige op de kraamafdeling werd afgewezen met de uitleg dat 'een man aan het kraambed niet past'. Zijn diploma en ervaring waren niet eens bekeken.
geslacht | horeca | Mld. verklaarde dat zij als serveerster alleen mocht blijven als zij 'een kort rokje en hakken' droeg, terwijl haar mannelijke collega's in een gewone zwarte broek werken. Toen zij weigerde werd zij naar huis gestuurd.
geslacht | school | Een studente meldde dat een docent in de collegezaal zei dat 'vrouwen geen ingenieur moeten worden, die gaan toch parttime als ze kinderen krijgen' en haar daarna bij de indeling van de projectgroepen oversloeg.
geslacht | geweld | Een jonge vrouw in een korte rok werd in de metro door een man bespuugd en geschopt. Hij schreeuwde dat 'vrouwen die zich zo kleden hoeren zijn'.
geslacht | dienstverlening | Melder verklaarde dat de garagehouder haar voor dezelfde reparatie veel meer rekende dan haar broer een week eerder. Toen zij ernaar vroeg zei hij: 'Een vrouw weet toch niet wat een distributieriem kost.'
geslacht | werk | Aangeefster verklaarde dat zij na haar zwangerschapsverlof niet terug mocht op haar oude functie. De directeur mailde: 'Moeders met kleine kinderen zijn niet flexibel genoeg voor het management.'
geslacht | online | Mld. wordt onder haar YouTubevideo's over autotechniek voortdurend 'domme blondine' genoemd en krijgt te horen dat 'meiden geen verstand van motoren hebben, ga maar make-up filmpjes maken'.
geslacht | woning | Melder zocht met een vriend een appartement. De makelaar liet alleen de vriend tekenen, 'want een vrouw alleen op het contract is voor de eigenaar te riskant', terwijl melder het hoogste inkomen van de twee heeft.
geslacht | buren | Melder verklaarde dat de buurman haar sinds zij als vrachtwagenchauffeur werkt 'manwijf' noemt en haar vrachtwagen met eieren bekogelt: 'Een vrouw hoort niet achter zo'n stuur.'
geslacht | sport | Mld. is trainster van een jongensteam. De trainer van de tegenpartij weigerde haar een hand te geven en zei tegen de scheidsrechter: 'Ik ga niet overleggen met een vrouw, haal maar een man.'
geslacht | dienstverlening | Aangever verklaarde dat de schoonheidssalon hem weigerde voor een behandeling met de mededeling 'wij helpen geen mannen, die zijn alleen maar op iets anders uit'. Een vrouwelijke collega kreeg dezelfde dag wel een afspraak voor dezelfde behandeling.
leeftijd geslacht | werk | Een 19-jarige verklaarde dat zij werd afgewezen als receptioniste omdat 'jonge meiden door klanten niet serieus worden genomen en toch snel weer weg zijn'. Een oudere mannelijke kandidaat met minder ervaring werd aangenomen.
geslacht overig | buren | Mutatie: Melder verklaarde dat de buurman haar, sinds zij gescheiden is en alleen woont, 'de hoer van nummer 7' noemt en op de ruit bonkt als zij bezoek heeft. Hij zei: 'Een gescheiden vrouw alleen, dat hoort niet in deze straat.'
## ---------------------------------------------------------------- handicap
handicap | vervoer | Aangeefster is blind en heeft een geleidehond. De taxichauffeur weigerde haar mee te nemen met de woorden 'geen honden in mijn auto', ook nadat zij het pasje van de geleidehond had laten zien.
handicap | horeca | Melder zit in een rolstoel en werd bij de ingang van een café geweigerd. De eigenaar zei: 'Rolstoelen staan niet gezellig en nemen te veel ruimte in.' Er was genoeg plek en de ingang is gelijkvloers.
handicap | online | Mld. vond op TikTok een filmpje waarin zijn broer, die het syndroom van Down heeft, in de bus wordt gefilmd met de tekst 'kijk die mongool eens kwijlen' en lachende emoji's.
handicap | werk | Aangever heeft MS. Nadat hij zijn diagnose had doorgegeven kreeg hij te horen dat zijn tijdelijke contract niet werd verlengd, omdat 'we geen risico lopen met zieke mensen'. Collega's in dezelfde functie werden wel verlengd.
handicap | buren | Melder verklaarde dat de kinderen uit de straat haar autistische zoon 'spast' en 'achterlijke' naroepen en dat een van de vaders erbij stond te lachen en riep 'die hoort in een gesticht'.
handicap | school | Een leerling met een gehoorapparaat werd door de docent Frans in de klas nagedaan met een harde, overdreven stem: 'HOOR JE ME WEL?' De klas lachte mee. Ouders melden dit na een klacht bij de school die niets opleverde.
handicap | dienstverlening | Een man met een verstandelijke beperking werd door de bedrijfsleider van de supermarkt weggestuurd met de woorden: 'Zulke mensen maken de klanten bang, kom maar terug met je begeleider.'
handicap | woning | Aangeefster kreeg van een medewerker van de woningcorporatie te horen dat 'mensen met een psychiatrisch verleden' niet in het nieuwe complex mogen wonen, hoewel zij aan alle voorwaarden voldoet.
handicap | geweld | Slachtoffer, een man die met krukken loopt, werd bij de tramhalte door een jongen omver geduwd. De jongen riep 'opzij, kreupele' en schopte een van de krukken weg.
handicap | sport | Aangever wilde zijn dochter, die spastisch is, aanmelden bij de turnvereniging. De trainster zei: 'Zulke kindjes passen niet in de groep, dat houdt de rest op.' Er werd geen alternatief geboden.
handicap | online | In een Facebookgroep over de weekmarkt schreef iemand over een standhouder in een scootmobiel: 'Die invalide parasiet moet je gewoon van de markt afrijden.'
handicap | vervoer | Een dove man werd door de buschauffeur uitgescholden en uit de bus gezet toen hij met gebaren om een kaartje vroeg. De chauffeur zei: 'Als je niet normaal kan praten ga je maar lopen.'
handicap | werk | Melder is slechtziend en werd bij het sollicitatiegesprek voor een callcenter direct afgewezen toen zij haar taststok tevoorschijn haalde. De recruiter zei: 'We hebben liever iemand die gewoon kan zien.' Het werk bestaat uit telefoneren.
handicap | bedreiging | Melder heeft een gehandicaptenparkeerplaats voor de deur. Buurtbewoners lieten een brief achter: 'Die plek is van de straat, rot op met je rolstoel, anders gaan je banden eraan.'
handicap | buren | Mld. verklaarde dat de buurvrouw haar dochter met het syndroom van Down niet op het speelveldje wil hebben en schreeuwde: 'Zulke kinderen hadden geaborteerd moeten worden.'
handicap | horeca | Aangever heeft het syndroom van Tourette. Hij werd uit het restaurant gezet nadat hij een tic had; de manager zei dat 'gestoorde mensen' niet welkom zijn, ook toen aangever uitlegde dat het om een aandoening gaat.
handicap | sport | Een rolstoelgebruiker wilde lid worden van een sportschool. De medewerker zei: 'Onze verzekering dekt geen invaliden.' Volgens de eigenaar bleek dat achteraf niet waar te zijn.
handicap | geweld | Een man met een zichtbare verstandelijke beperking werd in het park door drie jongeren geslagen en gefilmd terwijl ze zeiden 'doe eens als een mongool'. De beelden gingen rond op Snapchat.
handicap | school | Een leerling met ADHD en dyslexie werd door de directeur geweigerd voor de opleiding met de woorden 'onze school is niet voor probleemkinderen'. Zijn toetsresultaten waren voldoende voor toelating.
handicap | online | Mld. is autistisch en maakt YouTubevideo's. Onder zijn video's staan steeds reacties als 'autisten zijn een last voor de maatschappij, vergas ze allemaal' en 'aut1st = m1slukt'.
handicap | werk | Melder verklaarde dat zijn leidinggevende hem, hij stottert, in vergaderingen nadoet met 'k-k-k-kom op, we hebben niet de hele dag'. Sindsdien wordt hij niet meer ingepland voor klantcontact.
handicap | vervoer | Aangeefster zit in een elektrische rolstoel en had de reisassistentie tijdig aangevraagd. De medewerker op het perron zei dat hij 'geen zin had' om de oprijplaat te pakken en liet de trein vertrekken.
handicap | woning | Een verhuurder trok de toezegging voor een huurwoning in nadat hij hoorde dat de zoon van aangever epilepsie heeft. Per mail: 'Ik wil geen ambulances voor de deur en geen gedoe met zieke kinderen.'
handicap | bedreiging | Een man met een blindenstok werd op het station door een onbekende bedreigd: 'Zo'n blinde mol als jij duw ik zo voor de trein.' Omstanders hebben de man weggetrokken.
handicap | politie | Aangever heeft een spraakstoornis door hersenletsel. Hij verklaarde dat de agenten hem tijdens een controle als dronken behandelden, hem 'zwakzinnige' noemden en weigerden naar zijn medisch paspoort te kijken.
handicap | buren | Melder verklaarde dat iemand in de lift van de flat 'die gestoorde van 4B moet opgesloten worden' heeft geschreven. Melder heeft een psychiatrische aandoening en is daar in de flat open over.
handicap leeftijd | geweld | Een oudere dame in een scootmobiel werd door een groep tieners van haar voertuig geduwd. Zij riepen 'ouwe kreupele heks' en filmden het voorval met hun telefoon.
## ---------------------------------------------------------------- leeftijd
leeftijd | werk | Aangever (58) solliciteerde als magazijnmedewerker en kreeg een afwijzing per mail: 'Wij zoeken voor ons jonge team iemand tussen de 20 en 35 jaar.'
leeftijd | werk | Melder verklaarde dat zij na 30 jaar dienst werd ontslagen bij een reorganisatie, waarbij de directeur zei: 'We moeten af van de ouwe garde, die kunnen niet meer mee.' Alleen medewerkers boven de 55 werden ontslagen.
leeftijd | buren | Een 83-jarige vrouw meldde dat jongeren uit de buurt haar dagelijks 'ouwe heks' naroepen en tegen haar ramen trappen, waarbij ze roepen dat 'zulke ouwe lijken allang dood hadden moeten zijn'.
leeftijd | online | Onder een artikel over de zorgkosten reageerde iemand: 'Al die boomers kosten alleen maar geld, stop ze in een tehuis en draai de deur op slot.' Melder vraagt of dit strafbaar is.
leeftijd | dienstverlening | Aangeefster (72) wilde een telefoonabonnement afsluiten. De verkoper zei: 'Op uw leeftijd heeft u geen smartphone nodig, u snapt het toch niet', en weigerde haar te helpen. Haar kleinzoon kreeg later hetzelfde abonnement zonder problemen.
leeftijd | woning | Melder verklaarde dat een verhuurder in de advertentie 'Geen 50-plussers' had gezet en bij navraag zei dat 'oudere huurders te veel klagen en nooit meer vertrekken'.
leeftijd | vervoer | Een 79-jarige man met een rollator werd door de buschauffeur niet meegenomen. De chauffeur riep 'voor zo'n oude knar ga ik niet staan wachten' en reed door terwijl de man bij de halte stond.
leeftijd | horeca | Mld. (67) werd met zijn vrouw bij een cocktailbar geweigerd. De portier zei dat het 'geen bejaardensoos' is en dat 'oudjes het publiek wegjagen'. Er gold geen dresscode en het was rustig.
leeftijd | school | Een 45-jarige student verklaarde dat de stagecoördinator van zijn hbo-opleiding hem geen stageplek gaf omdat 'bedrijven liever jonge mensen willen die nog te vormen zijn'.
leeftijd | dienstverlening | Aangever (81) verklaarde dat de bank zijn aanvraag voor een creditcard weigerde met de mondelinge toelichting dat 'mensen van uw leeftijd toch het overzicht kwijtraken'. Zijn inkomen en BKR waren in orde.
leeftijd | geweld | Slachtoffer (76) werd in het winkelcentrum door een jongen omver geduwd, die daarbij riep 'aan de kant, ouwe zak, jullie hebben je tijd gehad'. Slachtoffer brak haar pols.
leeftijd | online | In een Instagramgroep werd een filmpje gedeeld van een oudere vrouw die de pinautomaat niet begreep, met de tekst 'zulke ouwe wijven moeten ze gewoon opruimen #euthanasie'.
leeftijd | sport | Aangever (62) mocht van de nieuwe trainer niet meer meedoen in de competitie van de volleybalclub: 'Dit is een team voor jonge mensen, opa, ga maar jeu de boules spelen.' Volgens medespelers is hij een van de beste spelers.
leeftijd | werk | Melder (22) verklaarde dat haar een vast contract werd geweigerd omdat zij 'te jong is om al vastigheid te verdienen', terwijl een oudere collega met minder ervaring wel een vast contract kreeg.
leeftijd | bedreiging | Aan de deur van een seniorencomplex is een pamflet gehangen: 'Jullie ouwe lijken pikken onze woningen in. Vertrek of we helpen jullie een handje.' De bewonersvereniging doet melding.
leeftijd | dienstverlening | Een groep jongeren van 16 en 17 jaar werd de sportwinkel uitgestuurd door een medewerker die zei: 'Jongeren mogen hier niet zonder ouders naar binnen, jullie jatten toch alleen maar.' Volwassen klanten die rondkeken mochten blijven.
leeftijd | woning | Melder (24) verklaarde dat de makelaar tegen hem zei: 'Wij verhuren niet aan jonge jongens, dat wordt altijd een feesthuis.' Melder voldoet aan de inkomenseis en heeft een vaste baan.
leeftijd | online | Mld. ontving na het plaatsen van een TikTok over haar pensioen berichten als 'ok boomer, ga eens dood' en 'jouw generatie heeft alles verpest, maak eens ruimte'.
leeftijd | werk | Aangeefster (61) kreeg van haar teamleider te horen dat zij niet meer mee mocht naar de beurs omdat 'we een fris en jong imago uitstralen'. Haar jongere collega's werden wel ingeroosterd.
leeftijd | buren | Mutatie: Melder (88) verklaarde dat zijn buurman steeds zijn afval in melders tuin gooit. Vandaag riep de buurman: 'Jij gaat toch binnenkort dood, ouwe, waarom zou ik rekening met je houden.'
leeftijd | horeca | Een 18-jarige werd met zijn vrienden bij een restaurant geweigerd. De eigenaar zei dat hij 'geen tieners' bedient 'want die geven geen fooi en maken herrie'. De jongens wilden alleen eten en hadden gereserveerd.
leeftijd | vervoer | Aangever (70) wilde bij een autoverhuurbedrijf een auto huren. De medewerker zei dat 'bejaarden niet meer kunnen rijden' en weigerde, terwijl aangever een geldig rijbewijs heeft en het bedrijf volgens de eigen voorwaarden geen maximumleeftijd kent.
leeftijd | werk | Een docent van 63 werd door de schoolleiding bij de verdeling van de nieuwe klassen overgeslagen met de opmerking: 'Laat de jonkies het maar doen, jij zit toch bijna achter de geraniums.'
## ------------------------------------------------------------------ overig
overig | werk | Aangever verklaarde dat hij werd ontslagen nadat zijn werkgever ontdekte dat hij lid is van de SP en op de kieslijst voor de gemeenteraad staat. De directeur zei: 'Zulke rooie rakkers wil ik niet in mijn bedrijf.'
overig | buren | Melder hangt tijdens de verkiezingen een PVV-poster voor zijn raam. Onbekenden hebben zijn ruit ingegooid en 'fascist, we weten waar je woont' op de deur geschreven.
overig | woning | Een ongetrouwd stel werd door een verhuurder afgewezen omdat hij 'alleen aan getrouwde stellen' verhuurt. Aangevers hebben een samenlevingscontract en voldoen aan alle inkomenseisen.
overig | horeca | Melder is woonwagenbewoner en werd bij een café geweigerd toen de portier op zijn ID het adres van het woonwagenkamp zag. De portier zei: 'Kampers komen er hier niet in.'
overig | dienstverlening | Aangever woont op een woonwagenstandplaats en kreeg bij een energieleverancier te horen dat 'voor woonwagenbewoners geen contract' wordt afgesloten. Zijn zwager aan de overkant, in een gewone woning, werd wel geholpen.
overig | werk | Melder werd door een uitzendbureau afgewezen omdat de klant 'alleen mensen met een Nederlands paspoort' wil. Melder heeft de Belgische nationaliteit en woont al twintig jaar in Nederland; voor het werk is geen paspoorteis nodig.
overig | bedreiging | Mld. is gemeenteraadslid voor GroenLinks en ontving een e-mail: 'Linkse ratten zoals jij worden binnenkort opgehangen.'
overig | horeca | Melder droeg een pet van Forum voor Democratie en werd door de barman van een café geweigerd met de woorden 'geen fascisten in mijn zaak'. Hij had niets gezegd of gedaan.
overig | woning | Aangever is gescheiden en kreeg van de verhuurder te horen dat hij 'geen gescheiden mannen' wil, 'want die hebben altijd schulden en ruzie met hun ex'.
overig | sport | Aangever werd door het bestuur van zijn voetbalvereniging geroyeerd nadat hij op sociale media zijn steun voor de boerenprotesten had uitgesproken. Het bestuur schreef: 'Mensen met dat soort meningen horen niet bij onze club.'
overig | school | Een leerling werd volgens zijn ouders door de docent maatschappijleer voor de klas 'een klein fascistje' genoemd omdat zijn vader lid is van de PVV, en kreeg daarna als enige een onvoldoende voor zijn betoog.
overig | dienstverlening | Melder verklaarde dat zij in de drogisterij als enige werd gevraagd haar tas open te maken. De medewerker zei: 'Bij mensen met uw kleur moeten we dat nu eenmaal doen.'
overig | horeca | Aangever verklaarde dat hij bij de ingang van de club werd tegengehouden vanwege zijn huidskleur. De portier zei letterlijk: 'Vanavond niet te veel donkere jongens.'
overig | woning | Een woonwagenbewoonster kreeg van de gemeente te horen dat zij niet op de wachtlijst voor een standplaats mag omdat 'we hier geen nieuwe woonwagenfamilies meer willen'.
overig | werk | Aangever verklaarde dat zijn leidinggevende na de verkiezingen in het bijzijn van collega's zei: 'Wie op DENK heeft gestemd kan zijn ontslagbrief komen halen.'
overig | online | Op X werd het adres van een VVD-wethouder gedeeld met de tekst 'Laten we die volksverrader eens een bezoekje brengen, fakkels mee'.
overig | dienstverlening | Melder verklaarde dat de bankmedewerker geen hypotheekgesprek met hem wilde voeren omdat hij 'de Syrische nationaliteit' heeft, hoewel hij een verblijfsvergunning voor onbepaalde tijd en een vast contract heeft.
overig | buren | Mld. verklaarde dat zij sinds zij op het woonwagenkamp woont door bewoners van de aangrenzende wijk 'kampers' en 'dievenvolk' wordt genoemd. Vandaag werd er een steen door het raam van haar woonwagen gegooid.
overig | politie | Aangever, woonwagenbewoner, verklaarde dat hij bij een verkeerscontrole door een agent werd begroet met 'zo, van het kamp, wat heb je vandaag gejat?' en dat zijn auto als enige in de rij volledig werd doorzocht.
overig | werk | Aangeefster werd niet aangenomen bij een kinderopvang omdat zij ongehuwd moeder is. De eigenaresse zei: 'Ongetrouwde moeders passen niet bij onze waarden.'
overig | sport | Bij een tennistoernooi werd aangever als enige deelnemer gevraagd zijn lidmaatschapspas te tonen. Hij hoorde de wedstrijdleider tegen een ander lid zeggen: 'Je weet het maar nooit bij zo'n donker iemand.'
overig | horeca | Melder had een zaal gereserveerd voor een ledenavond van de Partij voor de Dieren. Toen de eigenaar hoorde om welke partij het ging annuleerde hij met de mededeling: 'Die dierenknuffelaars verpesten het voor de boeren, die wil ik hier niet.'
overig | vervoer | Aangever verklaarde dat hij bij de taxistandplaats door drie chauffeurs werd geweigerd toen hij het adres van het woonwagenkamp noemde. Een chauffeur zei: 'Naar dat kamp rij ik niet, daar word je beroofd.'
overig | dienstverlening | Aangever is weduwnaar en wilde zijn zoon inschrijven bij een dansschool. De eigenaar zei dat 'kinderen zonder moeder thuis' niet welkom zijn, 'want dat geeft altijd problemen met betalen'.
overig | bedreiging | Een activist van een klimaatbeweging ontving na een blokkade een brief thuis: 'Klimaatterroristen zoals jij horen aan de lantaarnpaal. We weten waar je kinderen op school zitten.'
overig | werk | Melder verklaarde dat een collega die zijn sollicitatie bij de gemeente beoordeelde hardop zei: 'Iemand die bij de FNV actief is, halen we niet binnen, dat geeft alleen gedoe.' Hij werd niet uitgenodigd.
overig | school | Een moeder meldde dat de intern begeleider tegen haar zei dat haar zoon 'net als alle kinderen van het kamp' naar het praktijkonderwijs moest, zonder naar zijn toetsresultaten te kijken. Het gezin woont in een woonwagen.
leeftijd | dienstverlening | Aangever (75) wilde in de fietsenwinkel een e-bike proberen. De verkoper zei: 'Voor u is een driewieler veiliger, opa, e-bikes verkopen we niet aan mensen van uw leeftijd.'
leeftijd | politie | Aangever (17) verklaarde dat een agent hem en zijn vrienden bij het winkelcentrum wegstuurde met 'jullie jongeren zijn allemaal tuig, wegwezen', terwijl zij alleen op een bankje zaten. Een groep volwassenen op het bankje ernaast mocht blijven zitten.
leeftijd | werk | Melder (52) kreeg van de recruiter eerst te horen dat zij 'overgekwalificeerd' was. Telefonisch voegde de recruiter eraan toe: 'Eerlijk gezegd zoekt de klant iemand van de generatie die met TikTok is opgegroeid.'
leeftijd | geweld | Een 68-jarige man werd in de trein geslagen nadat hij had gevraagd of de muziek zachter kon. Vdt. riep: 'Ouwe lullen zoals jij hebben hier niks te vertellen, jullie moeten gewoon creperen.'
geslacht | politie | Aangeefster, aspirant bij de politie, meldde dat haar praktijkbegeleider in het bijzijn van collega's zei dat 'vrouwen in de noodhulp alleen maar een risico zijn' en haar bij aanhoudingen steeds in de auto liet wachten.
geslacht | graffiti | Op de muur van het vrouwenopvanghuis is gespoten: 'WIJVEN TERUG NAAR HET AANRECHT' en 'feministen moeten dood'. De bewoonsters zijn erg geschrokken.
handicap | horeca | Aangever heeft vanwege PTSS een hulphond. De eigenaar van de lunchroom weigerde hem en zei dat 'psychisch gestoorden met honden' niet binnen mogen, ook nadat aangever het pasje van de hulphond had laten zien.
handicap | graffiti | Op de muur van de dagbestedingslocatie voor mensen met een verstandelijke beperking is 'mongolen-opvang' en 'euthanasie nu' gespoten.
genderidentiteit | werk | Melder verklaarde dat de teamleider van het distributiecentrum weigert haar nieuwe naam op het rooster te zetten en haar in de kantine steeds 'hij' noemt: 'Zolang jij geboren bent als kerel, blijf je voor mij een kerel.'
godsdienst | politie | Aangever, een sikh, verklaarde dat hij bij een controle als enige uit de rij werd gehaald en dat de controlerende ambtenaar zei: 'Met zo'n ding op je hoofd ben je altijd verdacht.' Andere reizigers met een pet werden doorgelaten.
leeftijd | school | Een vader meldde dat de mentor zijn dochter van 12 weigerde mee te nemen naar de debatwedstrijd omdat 'brugklassers toch niet serieus worden genomen', hoewel zij de voorronde op school had gewonnen.
"""

# Neutral rows: one text per line, grouped by kind.
NEUTRAL = {}

NEUTRAL["neutraal-weigering"] = """
Melder, een man van Turkse afkomst, werd door de chauffeur uit bus 23 gezet omdat zijn OV-chipkaart onvoldoende saldo had en hij geen kaartje wilde kopen. De vervoerder bevestigt dat deze regel voor alle reizigers geldt.
Mutatie: Portier van café De Gouden Leeuw weigerde een groep Poolse mannen de toegang omdat zij duidelijk onder invloed waren; een van hen kon niet meer op zijn benen staan. Portier verklaarde dat hij die avond om dezelfde reden ook twee andere groepen had geweigerd.
Mld., die een keppel droeg, werd om 01.00 uur gevraagd het restaurant te verlaten omdat de zaak sloot. Alle andere gasten moesten op dat moment ook vertrekken. Mld. was boos omdat zijn dessert net was gebracht.
Een vrouw met een hoofddoek werd door de supermarktmedewerker de winkel uit gezet nadat zij op de camera te zien was terwijl zij twee pakken koffie in haar tas stopte. De bedrijfsleider heeft conform het huisreglement een winkelverbod opgelegd.
Melder, rolstoelgebruiker, kon geen kamer krijgen omdat het hotel volgeboekt was vanwege een congres. De receptie belde voor hem een hotel verderop, waar hij terecht kon.
Twee jongens van 16 kregen bij de slijterij geen bier mee omdat zij onder de 18 zijn. De medewerker vroeg om ID en weigerde de verkoop, waarna de jongens een schap omgooiden.
Een Surinaamse vrouw werd aan de gemeentebalie niet geholpen met haar paspoortaanvraag omdat zij geen afspraak had gemaakt en haar oude paspoort niet bij zich had. Zij kreeg het advies om online een afspraak te maken.
Melder en zijn vriend werden bij de club geweigerd omdat zij op slippers en in korte broek kwamen. De dresscode hangt bij de deur en geldt voor iedereen; melder gaf zelf aan dat hij die niet had gelezen.
Een Marokkaanse man met een grote herdershond werd gevraagd de hond buiten vast te zetten, omdat in de lunchroom geen honden zijn toegestaan met uitzondering van hulphonden. Hij vond het overdreven, maar er gold dezelfde regel voor iedereen.
Melder, een 74-jarige man, werd bij de bioscoop niet meer binnengelaten omdat de film al twintig minuten bezig was en de zaal volgens het beleid dan dichtgaat. Hij kreeg zijn geld terug.
Een vrouw in nikab werd door de buschauffeur gevraagd haar gezicht te ontbloten, omdat gezichtsbedekkende kleding in het openbaar vervoer wettelijk verboden is. Toen zij weigerde mocht zij niet mee. Volgens getuigen bleef de chauffeur rustig en beleefd.
Een Syrische man werd door de woningcorporatie afgewezen voor een woning omdat hij bij zijn vorige verhuurder een huurachterstand van 3.400 euro heeft. De corporatie hanteert deze regel voor alle woningzoekenden.
Melder kreeg in de telefoonwinkel geen abonnement omdat de kredietcheck negatief uitviel. De medewerker liet de uitslag zien; melder, die van Antilliaanse afkomst is, erkende dat hij een betalingsachterstand heeft.
De twee kinderen van een Chinees gezin mochten niet in de achtbaan omdat zij kleiner waren dan de minimumlengte van 1,30 meter die voor alle bezoekers geldt. Vader werd boos en is door de beveiliging gekalmeerd.
Een vrouw van 80 wilde bij de bank een groot bedrag contant opnemen maar had geen legitimatie bij zich. Zij kreeg het geld niet mee; de bank vraagt bij iedere opname boven de 5.000 euro een geldig ID.
Een jongen van Eritrese afkomst werd uit de sportschool gezet nadat hij een andere bezoeker een kopstoot had gegeven. Hij kreeg een toegangsverbod van een jaar, zoals het huisreglement bij geweld voorschrijft.
Mld., die Joods is, kon niet meer aan boord van zijn vlucht omdat de gate al was gesloten toen hij aankwam. De grondstewardess wees hem op de sluitingstijd van twintig minuten voor vertrek, die voor alle passagiers geldt.
Twee vrouwen met een hoofddoek werden in het zwembad gewezen op de regel dat in het bad alleen zwemkleding is toegestaan; zij droegen katoenen kleding. Na het aantrekken van een boerkini konden zij gewoon het water in.
Een man van Roma-afkomst kreeg geen toegang tot het casino omdat hij bij de ID-controle in het landelijk uitsluitingsregister bleek te staan. De beveiliger legde uit dat dit bij iedere bezoeker wordt gecontroleerd.
Een Poolse vrachtwagenchauffeur mocht zijn lading niet lossen bij het distributiecentrum omdat de vrachtpapieren ontbraken. De poortmedewerker stuurde hem naar de wachtplaats tot de papieren waren nagestuurd.
Melder, een Ghanese man, werd door de conducteur beboet en op het volgende station uit de trein gezet omdat hij zonder kaartje reisde en weigerde zich te legitimeren. Melder erkende dat hij geen kaartje had.
Een man met een Turks accent werd door de uitbater van de shishalounge naar buiten gestuurd omdat hij binnen een sigaret rookte, wat in de horeca verboden is. Hij was al twee keer gewaarschuwd.
Mld. is homo en werd door de bedrijfsleider van de bar niet meer bediend omdat hij zichtbaar dronken was en tegen het personeel schreeuwde. Zijn vriend, die nuchter was, mocht wel blijven.
Een groep Marokkaans-Nederlandse jongens kreeg geen tafel in het restaurant omdat zij niet hadden gereserveerd en alle tafels vol zaten. De gastvrouw liet het reserveringsboek zien; direct na hen werd ook een gezin zonder reservering weggestuurd.
Een transvrouw werd de club uitgezet nadat de beveiliging haar op het toilet had zien snuiven en een zakje cocaïne aantrof. Zij kreeg een huisverbod, net als iedere bezoeker die drugs gebruikt.
Een dove man werd in het museum gevraagd zijn grote rugzak in een kluisje te doen. Hij wilde dat niet en mocht daarom de tentoonstelling niet in; de regel geldt voor alle bezoekers vanwege de veiligheid van de kunstwerken.
Een meisje van 17 kreeg bij het tankstation geen sigaretten omdat zij zich niet kon legitimeren. De medewerker verklaarde: 'Wij vragen iedereen die jonger lijkt dan 25 om ID, dat is de wet.'
Een Indiase student werd door de beveiliging van het festival niet binnengelaten omdat zijn e-ticket al eerder was gescand. Het bleek een vals ticket dat hij via Marktplaats had gekocht; hij doet aangifte tegen de verkoper.
Een Braziliaanse toeriste kon geen auto huren omdat haar rijbewijs verlopen was. Volgens de voorwaarden mag de medewerker zonder geldig rijbewijs aan niemand een auto meegeven.
Een Molukse man werd bij de ingang van het stadion tegengehouden omdat hij een stadionverbod heeft na een eerder incident met vuurwerk. Zijn clubcard werd bij het scannen geblokkeerd.
Een studente met een hoofddoek werd niet meer tot het tentamen toegelaten omdat zij een kwartier te laat kwam. Volgens het examenreglement mag na aanvang niemand meer naar binnen; een medestudent die ook te laat was werd eveneens geweigerd.
Een Bulgaarse man werd uit de kringloopwinkel gezet nadat medewerkers op de camera hadden gezien dat hij prijsstickers verwisselde. Hij kreeg een winkelverbod van zes maanden.
Melder, van Koerdische afkomst, werd niet toegelaten als lid van de schietvereniging omdat hij geen verklaring omtrent het gedrag kon overleggen. Die eis geldt voor alle nieuwe leden.
Een Afghaanse vader werd met zijn zoon van de ijsbaan gestuurd omdat zij zonder polsbandje op het ijs stonden. De baanmedewerker controleerde die middag alle schaatsers op een bandje.
Een groep Duitse toeristen werd om 23.00 uur van de camping gestuurd na herhaalde geluidsoverlast. De campingeigenaar had hen, net als de andere gasten, bij aankomst gewezen op de nachtrust vanaf 22.00 uur.
"""

NEUTRAL["neutraal-positief"] = """
Melder verklaarde dat de Poolse buren altijd helpen als er iets is en dat zij vannacht ook als eersten kwamen kijken toen het inbraakalarm afging.
Mutatie: Tijdens de brand aan de Dorpsstraat hebben twee Syrische jongens een oudere bewoner uit de woning gehaald. Buurtbewoners noemden hen 'echte helden'. De brandweer heeft hen ter plaatse bedankt.
Aangever liet weten dat hij zijn verloren portemonnee heeft teruggekregen via de imam van de moskee aan de Kanaalweg, bij wie een gelovige de portemonnee had afgegeven.
Wijkagent sprak met de voorzitter van de Turkse ondernemersvereniging, die zei dat 'de samenwerking met de politie dit jaar veel beter loopt'. Afgesproken om in het voorjaar samen een buurtschouw te doen.
Getuige verklaarde: 'Die Marokkaanse jongen van de snackbar heeft de dief tegengehouden, anders was hij ervandoor geweest.' De snackbarmedewerker heeft ook een verklaring afgelegd.
Melder, een 80-jarige mevrouw, belde om te zeggen dat de jongens van de hangplek haar boodschappen naar boven hadden gedragen en dat ze 'helemaal niet zo eng zijn als iedereen zegt'.
Op het buurtoverleg zei een bewoner dat 'de homo's op nummer 12 de beste buren zijn die we ooit hebben gehad'. Het overleg ging verder over geluidsoverlast van een ander adres.
Melder vertelde dat zij heel blij is met de nieuwe Eritrese buren: 'Ze koken elke vrijdag te veel en brengen dan een pan bij me langs.' De melding betrof verder een losliggende stoeptegel.
Collega's van de noodhulp meldden dat de Joodse gemeente koffie en koeken had klaargezet voor de agenten die bij de herdenking surveilleerden. Zeer gewaardeerd.
Aangeefster verklaarde dat haar dove buurman als eerste zag dat er werd ingebroken en via de buurtapp alarm sloeg: 'Zonder hem was de dief allang weg geweest.'
Melder zei over de bewoners van het AZC: 'Ik had eerst mijn twijfels, maar het zijn vriendelijke mensen, ze groeten altijd en houden het park schoon.' Melding betrof een kapotte lantaarnpaal.
Bij het opnemen van de aangifte vertelde aangever dat de Chinese eigenaar van het restaurant hem na zijn val direct had verbonden en een ambulance had gebeld.
Volgens melder heeft het lesbische stel uit de straat de zoektocht naar de vermiste hond georganiseerd: 'Die twee zijn de motor van onze buurt.'
Op de markt vertelde een standhouder aan de wijkagent dat de Roemeense seizoenwerkers bij hem 'de hardste werkers zijn die ik ooit heb gehad'.
Melder, rolstoelgebruiker, belde om de collega's te bedanken voor de hulp bij zijn gestrande scootmobiel. Hij zei dat 'die jonge agenten van tegenwoordig echt fijne mensen zijn'.
Getuige, een transvrouw, noteerde het kenteken van de vluchtende auto en bleef bij het slachtoffer tot de ambulance er was. De benadeelde noemde haar 'de enige die echt iets deed'.
In het gesprek met de wijkagent zei de directeur van de basisschool dat de Oekraïense kinderen 'razendsnel Nederlands leren en de klas echt verrijken'.
Melder wilde graag kwijt dat de Marokkaanse buurtvaders die 's avonds door de wijk lopen een groep jongeren hadden aangesproken, waarna de overlast bij het winkelcentrum ophield.
Mld. verklaarde dat de Turkse bakker op de hoek haar binnenliet en thee gaf toen zij door een onbekende man werd gevolgd. De bakker heeft de man weggestuurd.
Een oudere heer verklaarde: 'Die Antilliaanse jongens uit de flat hebben mijn auto uit de sneeuw geduwd, dat zijn goeie gasten.'
Bij de evaluatie van het buurtfeest zei de organisator dat de moskee en de kerk voor het eerst samen een kraam hadden en dat dit 'heel goed viel in de wijk'.
Melder kwam een gevonden fiets afgeven en vertelde terloops dat zij vrijwilliger is bij de Joodse ouderensoos en dat 'het daar altijd reuze gezellig is'.
Aangever, eigenaar van een bouwbedrijf, zei bij zijn aangifte van diefstal van gereedschap dat zijn Poolse ploeg 'het beste team is dat ik heb'. Hij verdenkt hen nadrukkelijk niet.
Een buurtbewoonster gaf aan dat de bewoners van de woongroep voor mensen met een verstandelijke beperking 'altijd vrolijk zijn en de straat opfleuren', in reactie op klachten van een andere buurman.
Melder, een Hindostaanse vrouw, vertelde dat haar Nederlandse buren haar na de inbraak opvingen: 'Ik mocht een nacht bij ze slapen, zo lief.'
Na afloop van de ramadan nodigde de moskee de wijkagenten uit voor een iftar. Wijkagent schrijft dat de sfeer 'hartelijk en open' was en dat er veel contacten zijn gelegd.
Melder zei dat de Somalische taxichauffeur haar tas, die zij op de achterbank had laten liggen, 's nachts nog kwam terugbrengen: 'Zo eerlijk, dat verdient een compliment.'
In een e-mail aan het basisteam bedankt een mevrouw 'de vrijwilliger met de hoofddoek van Slachtofferhulp', die haar na de aanrijding zo goed had geholpen.
Aangever zei dat zijn Duitse collega op de bouwplaats de enige was die de diefstal opmerkte: 'Die Duitsers zijn altijd zo oplettend, hij heeft alles gefilmd.'
Een vader verklaarde dat de jeugdtrainer, 'een hele fijne Ghanese man', zijn zoon na de val op het veld had opgevangen en naar de huisartsenpost had gebracht.
Buurtbewoners lieten bij de wijkagent weten dat zij blij zijn met het nieuwe woonhuis voor dakloze ouderen: 'Die oudjes horen er gewoon bij.'
Melder zei dat haar zoon met autisme 'de beste verkeersregelaar is die de stad heeft' en vroeg of hij dit jaar weer mag helpen bij de avondvierdaagse.
Tijdens een gesprek in de wijk vertelde een mevrouw dat 'de Marokkaanse moeders van de school' geld hebben ingezameld voor het gezin van wie het huis was afgebrand.
Melder vertelde: 'Mijn buurman is homo en getrouwd met een Turkse man, en het zijn de enigen die naar me omkijken sinds mijn operatie.' De melding betrof verder een verdachte situatie bij de garageboxen.
Aangeefster wilde de Surinaamse verpleegkundige van de thuiszorg in het proces-verbaal genoemd hebben, 'want zij heeft me van de vloer geholpen en de politie gebeld'.
"""

NEUTRAL["neutraal-ruzie"] = """
Mutatie: Burenruzie aan de Esdoornlaan over een overhangende boom. Buurman riep tegen melder 'vuile klootzak' en 'je spoort niet'. Beide partijen hebben elkaar geduwd; geen letsel.
Twee automobilisten kregen ruzie over een parkeerplek bij de supermarkt. Mld. verklaarde dat de andere bestuurder hem 'sukkel' en 'eikel' noemde en met zijn vlakke hand op de motorkap sloeg.
In de kroeg ontstond onenigheid tussen twee vrienden over een weddenschap. Eén riep: 'Je bent een vuile leugenaar en een oplichter.' De portier heeft beide heren naar buiten gezet.
Mld. en haar ex-vriend kregen ruzie over de omgangsregeling. Hij noemde haar via WhatsApp 'een egoïstische trut' en zij hem 'een waardeloze vader'. Mld. wil geen aangifte doen, wel dat het wordt vastgelegd.
Op het schoolplein kregen twee vaders ruzie over het parkeren bij de ingang. Ze scholden elkaar uit voor 'hufter' en 'asociale lul'. De conciërge heeft hen uit elkaar gehaald.
Melder verklaarde dat zijn huisgenoot hem 'parasiet' en 'profiteur' noemde omdat hij al twee maanden zijn deel van de huur niet heeft betaald. Daarna zette de huisgenoot zijn spullen op de galerij.
Tijdens een zaalvoetbalwedstrijd liepen de gemoederen hoog op. Twee spelers van hetzelfde team noemden elkaar 'mislukte keeper' en 'kneus' en duwden elkaar. De scheidsrechter gaf beiden geel.
Twee fietsers botsten op het fietspad. De ene riep: 'Kijk uit je doppen, idioot!', waarop de ander antwoordde: 'Rij zelf eens normaal, malloot.' Beide fietsen hebben lichte schade.
Melder verklaarde dat zijn zwager hem tijdens een verjaardag uitmaakte voor 'nietsnut' en 'uitvreter' en een glas bier over hem heen gooide. De familie heeft de ruzie gesust.
Ruzie tussen twee marktkooplieden over de plaats van hun kraam. Eén van hen riep 'tering op met je kraam' en de ander dreigde de kraam om te gooien. De marktmeester heeft bemiddeld.
Twee buurvrouwen kregen ruzie over vuilniszakken naast de container. Ze scholden elkaar uit voor 'slons' en 'bemoeial'. Wijkagent stelt buurtbemiddeling voor.
Mld. verklaarde dat een klant in zijn kapperszaak niet wilde betalen en hem 'prutser' en 'oplichter' noemde omdat hij niet tevreden was over zijn knipbeurt. De klant is zonder te betalen vertrokken.
In de rij bij de drogisterij kreeg een man ruzie met een andere klant die voordrong. Hij noemde hem een 'brutale vlerk'; de ander duwde hem tegen een rek met shampoo.
Ruzie in een Facebookgroep over een weggelopen kat. Twee deelnemers noemden elkaar 'kletskous', 'azijnpisser' en 'neppe dierenvriend'. De beheerder heeft beiden geblokkeerd; melder vraagt of er iets strafbaars is gebeurd.
Tijdens het uitgaan kregen twee groepen studenten ruzie over een omgestoten drankje. Over en weer werd 'kankerlijers' en 'tyfushond' geroepen. Eén student heeft een bloedneus.
Melder verklaarde dat de maaltijdbezorger hem 'gierige sukkel' noemde toen hij geen fooi gaf en de tas met eten daarna voor de deur liet vallen.
Tussen twee collega's in een distributiecentrum ontstond ruzie over het pauzeschema. De een noemde de ander 'luie zak', waarna die terugriep: 'En jij bent een slijmbal van de baas.' De teamleider heeft beiden naar huis gestuurd.
Een scheidsrechter werd na de jeugdwedstrijd door de ouder van een speler 'blinde scheids' en 'klootzak' genoemd. De ouder is door het bestuur van het complex gestuurd.
Bij het tankstation kregen twee mannen woorden omdat de een de pomp te lang bezet hield. 'Schiet eens op, slak', riep de een; de ander reageerde met 'bemoei je met je eigen zaken, zak'. Geen geweld.
Mld. kreeg ruzie met haar bovenbuurvrouw over lawaai 's nachts. De bovenbuurvrouw riep 'jij bent een zeurend kreng' en mld. riep terug dat zij 'een asociaal mens' was. Beiden willen dat de ander wordt aangesproken.
Twee broers kregen na de uitvaart van hun vader ruzie over de erfenis. De jongste noemde de oudste een 'hebzuchtige aasgier', waarna een duw volgde. Collega's hebben de partijen gescheiden.
Tijdens een gamesessie in een gamecafé scholden twee jongens elkaar uit voor 'noob' en 'kutspeler', waarna een van hen een headset kapot gooide. De eigenaar wil de schade verhalen.
Op de camping was ruzie tussen twee gezinnen over de grens van hun staanplaats. 'Jullie zijn gewoon ordinair', riep de ene vader; de andere noemde hem 'een kampeerkampioen van niks'. De campingeigenaar heeft bemiddeld.
Melder verklaarde dat een andere hondenbezitter hem 'sloddervos' noemde omdat hij de poep van zijn hond niet opruimde. Melder voelde zich beledigd en gaf toe dat hij de man daarna heeft geduwd.
Twee taxichauffeurs kregen ruzie op de standplaats bij het station over wie de volgende rit mocht nemen. Ze scholden elkaar uit voor 'dief' en 'rat', waarna een van hen de spiegel van de ander eraf sloeg.
Mld. verklaarde dat haar ex-schoonmoeder haar bij de overdracht van de kinderen 'een heks' en 'een slang' noemde. Er gebeurde verder niets; mld. wil dat het wordt vastgelegd.
Op de rotonde stak een bestuurder zijn middelvinger op en riep 'rijden kun je niet, pannenkoek'. De andere bestuurder reed hem achterna tot aan zijn huis om verhaal te halen.
Ruzie tussen twee studenten in een studentenhuis over de afwas. 'Smeerlap', riep de een, 'controlfreak', de ander. Vervolgens werd er een bord kapot gegooid.
Mutatie: Tijdens een vergadering van de VvE kregen twee eigenaren ruzie over de kosten van het nieuwe dak. Eén noemde de ander een 'kruimeldief', waarop die een glas water in zijn gezicht gooide.
Langs het voetbalveld kregen twee ouders van hetzelfde team ruzie over de opstelling. 'Jij denkt zeker dat jouw zoon Messi is, sukkel', riep de een. Er volgde een duw.
Een klant van de snackbar werd boos omdat zijn bestelling lang duurde en noemde de eigenaar een 'slome'. De eigenaar noemde hem een 'lastpak' en zei dat hij moest vertrekken. Verder geen incidenten.
Twee bewoners van een verzorgingshuis kregen ruzie over een plek aan tafel. De een noemde de ander 'ouwe zeur' en sloeg met haar wandelstok tegen zijn stoel. Verzorgenden hebben hen uit elkaar gezet.
Twee vrienden kregen ruzie over een lening van 200 euro. De een noemde de ander 'oplichter' en 'lafaard', waarna die hem een klap gaf. Beide mannen zijn van Turkse afkomst en kennen elkaar al van jongs af.
In de supermarkt kregen twee vrouwen ruzie over het laatste pak luiers uit de aanbieding. Ze noemden elkaar 'graaier' en 'hebberd' en trokken aan het pak tot het scheurde.
Een klant van de bouwmarkt schold de medewerker bij de zaagafdeling uit voor 'amateur' en 'slaapkop' omdat de planken scheef waren gezaagd. De bedrijfsleider heeft de klant verzocht te vertrekken.
"""

NEUTRAL["neutraal-ontkenning"] = """
Aangever gaf nadrukkelijk aan dat zijn afkomst volgens hem geen rol speelde bij de mishandeling; de ruzie ging over een schuld van 50 euro.
Melder wilde duidelijk maken dat het niet om discriminatie gaat: hij en de buurman hebben al jaren ruzie over de erfgrens, en dat zij allebei moslim zijn speelt volgens hem geen enkele rol.
Mutatie: N.a.v. de melding over een vernielde regenboogvlag gesproken met de eigenaar. Hij verklaarde dat een vrachtwagen bij het keren de vlaggenmast had geraakt; hij zag dit zelf gebeuren. Geen aanwijzingen voor een homofoob motief.
Aangeefster, die een hoofddoek draagt, werd in de tram beroofd van haar telefoon. Zij verklaarde zelf dat de dader alleen het toestel wilde hebben en niets over haar geloof of kleding zei.
Op de camerabeelden is te zien dat de portier alle bezoekers zonder toegangsbandje weigerde, wie het ook waren. Melder zei na het zien van de beelden dat het 'dan toch niet aan zijn huidskleur lag'.
Rapp. heeft nagegaan of het ingegooide raam van de synagoge een antisemitisch motief had. Op de beelden is te zien dat een kind tegen het gebouw aan voetbalde en dat de bal het raam raakte. De ouders betalen de schade.
Melder, rolstoelgebruiker, meldde dat hij de winkel niet in kon vanwege de drempel. Hij neemt de eigenaar niets kwalijk, het pand is een monument en de eigenaar helpt hem altijd buiten: 'Dit is geen discriminatie, gewoon een oud gebouw.'
Aangever, een Marokkaans-Nederlandse jongen, verklaarde dat de speler die hem een kopstoot gaf zijn eigen teamgenoot was en dat het om de verloren wedstrijd ging. 'Het had niks met afkomst te maken.'
Melder dacht eerst dat zij vanwege haar leeftijd was afgewezen voor de baan, maar de werkgever liet zien dat zij het vereiste diploma niet had. Melder gaf aan daar genoegen mee te nemen.
De melding van een 'hakenkruis' op een tuinhek bleek te gaan om een swastika die de hindoeïstische bewoner zelf bij het Divalifeest als religieus geluksteken had aangebracht. Geen discriminatoir aspect; buurman is uitleg gegeven.
Aangever, homoseksueel, werd op straat beroofd. Hij verklaarde dat de daders alleen zijn tas wilden en dat zij niet konden weten dat hij homo is. Er zijn geen aanwijzingen voor discriminatie.
Mld. voelde zich eerst gediscrimineerd omdat hij als enige bij de ingang werd gefouilleerd, maar de beveiliger legde uit dat iedere tiende bezoeker willekeurig wordt gecontroleerd. Mld. vond dat een redelijke uitleg.
De buren van melder maken al maanden lawaai. Melder benadrukte dat het niets te maken heeft met het feit dat zij Pools zijn: 'Ik zou precies hetzelfde melden als het Nederlanders waren, het gaat om de herrie.'
In het verhoor verklaarde verdachte dat hij het slachtoffer sloeg omdat die aan zijn vriendin zat. Slachtoffer bevestigde dat het om het meisje ging en dat er niets over zijn Surinaamse achtergrond is gezegd.
Melder, een transvrouw, meldde dat haar fiets was vernield. Zij gaf zelf aan dat die nacht in de hele straat fietsen zijn vernield en dat zij niet denkt dat het op haar persoonlijk gericht was.
De klacht over de weigering bij de sportschool is met melder besproken. Zij erkent dat haar abonnement was stopgezet wegens een betalingsachterstand en niet vanwege haar hoofddoek, zoals zij eerst dacht.
Mutatie: Op verzoek van het OM is nagegaan of de bedreiging aan het adres van de imam een discriminatoir karakter had. Uit de berichten blijkt dat het om een zakelijk conflict over de huur van een pand gaat; geloof of afkomst worden nergens genoemd.
Melder zei letterlijk: 'Ik wil niet dat dit als discriminatie wordt gezien, mijn collega is gewoon tegen iedereen onaardig.'
Aangever is 78 en werd opgelicht door een valse bankmedewerker. Hij zei zelf: 'Dat heeft niks met mijn leeftijd te maken, mijn zoon van 40 is er vorig jaar ook ingetrapt.'
In het gesprek met de jeugdtrainer bleek dat de speler van Turkse afkomst niet werd opgesteld omdat hij na een rode kaart twee wedstrijden is geschorst. Vader, die eerst discriminatie vermoedde, trok zijn melding in.
Rapp. sprak met de vrouw die zich bij de bakker gepasseerd voelde. Aan de hand van de volgnummers bleek dat de klant die eerder werd geholpen ook eerder aan de beurt was. Geen sprake van discriminatie.
Melder vroeg zich af of zij bij de garage meer moest betalen omdat zij vrouw is, maar haar buurman had bij dezelfde garage voor dezelfde beurt precies hetzelfde bedrag betaald. 'Ze zijn gewoon duur, ik werd niet anders behandeld.'
Melder, die Joods is, verklaarde dat de man die hem op de markt uitschold dit deed omdat melder zijn auto voor de uitrit had gezet. 'Hij wist niet eens dat ik Joods ben, hij was gewoon boos over die auto.'
Mutatie: Onderzoek naar de melding van 'racistische graffiti' in het fietstunneltje. Het betreft een tag van een bekende graffitigroep, zonder tekst of symbool met een discriminerende betekenis. Gemeente verwijdert de tag.
Een Ghanese vrachtwagenchauffeur werd bij de bouwplaats weggestuurd. Hij verklaarde later telefonisch dat dit kwam door een verkeerd afleveradres en dat hij 'heel netjes werd behandeld'.
Aangever, die slechtziend is, viel over een reclamebord op de stoep. Hij gaf aan dat de winkelier niets verkeerds bedoelde en dat het een ongeluk was; hij wil alleen zijn gebroken bril vergoed krijgen.
Melder vroeg zich af of haar zoon op school gepest wordt omdat hij doof is. Na een gesprek met de mentor bleek het om een ruzie over een gestolen telefoon te gaan waar meer leerlingen bij betrokken waren. Melder is gerustgesteld.
De ontruiming van de woning van de Syrische familie betrof de uitvoering van een vonnis wegens structurele huurachterstand. De familie gaf zelf aan te begrijpen waarom en geen discriminatie te ervaren.
Een man werd tijdens de Canal Parade geslagen. Uit getuigenverklaringen blijkt dat de dader een dronken kennis van hem was met wie hij ruzie had over geld. De man verklaarde dat zijn geaardheid 'er echt niet toe deed'.
Melder had eerst aangegeven dat de taxichauffeur hem weigerde vanwege zijn geleidehond. Bij navraag bleek de chauffeur al een andere rit te hebben en stond er een tweede taxi klaar die melder met hond heeft meegenomen. Melder trok de klacht in.
De medewerker van Slachtofferhulp gaf door dat aangeefster uitdrukkelijk niet wil dat de zaak als discriminatie wordt geregistreerd: zij werd door haar buurman uitgescholden omdat haar kat steeds in zijn tuin poept.
Na bestudering van de chatberichten is vastgesteld dat de scheldwoorden in de groepsapp waren gericht aan een ex-lid vanwege een niet terugbetaalde lening. Er zijn geen uitingen over herkomst, geloof of geaardheid aangetroffen.
Melder dacht aanvankelijk dat het lage cijfer van haar dochter met haar hoofddoek te maken had. De school liet de nagekeken toets zien en het cijfer bleek te kloppen. Melder liet weten dat het misverstand is opgelost.
Aangever verklaarde: 'Ik ben zwart en hij is wit, maar ik wil graag zeggen dat dit gewoon een ruzie over de parkeerplaats was. Hij heeft niks racistisch gezegd.'
Aangeefster (82) wilde vastgelegd hebben dat de thuiszorgmedewerker haar niet slechter behandelt vanwege haar leeftijd; de klacht gaat alleen over de steeds wisselende tijden van de zorg.
"""

NEUTRAL["neutraal-beleid"] = """
Mutatie: Deelgenomen aan de training 'Discriminatie herkennen en registreren' op het districtsbureau. Aandacht voor het juist invullen van de maatschappelijke klasse en het doorzetten van meldingen naar de ADV.
Overleg met de antidiscriminatievoorziening over de kwartaalcijfers. Afgesproken dat meldingen van racisme in het uitgaansgebied voortaan binnen twee dagen met de ADV worden gedeeld.
Wijkagent heeft op het Stedelijk Lyceum een gastles gegeven over homofobie en online pesten. Leerlingen stelden vooral vragen over wanneer iets strafbaar is.
Briefing avonddienst: bij meldingen van mogelijk groepsbelediging (art. 137c Sr) altijd de exacte bewoordingen in de mutatie opnemen en de maatschappelijke klasse discriminatie aanvinken.
Afstemming met de rabbijn en de beveiligingscoördinator van de synagoge over extra surveillance tijdens Chanoeka. Het beveiligingsplan wordt gedeeld met de noodhulp.
Het netwerk Roze in Blauw stond met een kraam op de Pride. Ongeveer veertig bezoekers kregen informatie over het melden van geweld tegen LHBTI-personen.
De e-learning 'Etnisch profileren en professioneel controleren' is door het hele team afgerond. De teamchef bespreekt de casuïstiek in het volgende werkoverleg.
Jaaroverzicht discriminatiezaken doorgestuurd naar de districtsleiding: in totaal 112 registraties, de meeste met als grond herkomst of seksuele gerichtheid.
Overleg Discriminatiezaken met OM en gemeente: drie lopende zaken besproken, waaronder een zaak van antisemitische bedreiging die binnenkort op zitting komt.
Collega heeft de rol van aandachtsvestiger discriminatie op zich genomen. Zij is aanspreekpunt voor vragen over registratie en over de Aanwijzing discriminatie van het OM.
Presentatie gegeven aan de horecaondernemers over het voorkomen van discriminatie bij het deurbeleid. De ondernemers kregen de folder van het meldpunt discriminatie mee.
Posters van de campagne 'Discriminatie? Meld het!' zijn opgehangen in de wachtruimte van het bureau en bij de balie van het stadhuis.
Rapp. was aanwezig bij de zitting van de politierechter in een zaak over aanzetten tot haat (art. 137d Sr). De uitspraak volgt over twee weken.
Themabijeenkomst met de Turkse en Marokkaanse ouderverenigingen over ervaringen van jongeren met racisme en met de politie. Vervolggesprek met de teamleiding gepland.
Werkinstructie aangepast: meldingen van hakenkruizen in de openbare ruimte worden voortaan binnen 24 uur aan de gemeente doorgegeven voor verwijdering en geregistreerd als mogelijk antisemitisme.
Bij de introductie van nieuwe aspiranten is het onderwerp 'vooroordelen en discriminatie binnen de eigen organisatie' behandeld door de diversiteitscoördinator.
De gemeente organiseert in maart de week tegen racisme. Het wijkteam levert een spreker voor de avond in het buurthuis.
Voor een onderzoek van de hogeschool naar homofobie in het amateurvoetbal heeft de politie op verzoek geanonimiseerde incidentcijfers aangeleverd.
Teamoverleg: het aantal discriminatiemeldingen met de grond handicap is gestegen. De teamchef vraagt aandacht voor goed doorvragen bij meldingen van mensen met een beperking.
Werkbezoek van de burgemeester aan het basisteam over de aanpak van moslimhaat en antisemitisme na incidenten elders in de regio. Aantekeningen gedeeld met de operationeel expert.
Collega heeft deelgenomen aan de landelijke bijeenkomst van het expertisecentrum discriminatie van de politie. Hoofdthema: online haatuitingen en wat de politie daarmee kan.
Afspraak gemaakt met de plaatselijke COC-afdeling over een gezamenlijke voorlichtingsavond voor LHBTI-ouderen over veiligheid en het doen van een melding.
Concept-plan van aanpak 'Veilig uitgaan voor iedereen' gestuurd aan de horecacoördinator. Onderdeel is een mystery guest-onderzoek naar discriminatie aan de deur.
Notitie: de maatschappelijke klasse discriminatie wordt in BVH nog vaak vergeten. De operationeel expert verzoekt collega's bij twijfel contact op te nemen met de aandachtsvestiger.
Gesprek met de voorzitter van de vrouwenraad over straatintimidatie in het centrum. De gemeente onderzoekt of een verbod op nasissen en naroepen haalbaar is.
Voorlichting gegeven op een mbo over de grenzen van de vrijheid van meningsuiting en over het verschil tussen kritiek op een religie en haatzaaien.
Verslag driehoeksoverleg: tijdens de ramadan wordt extra gesurveilleerd bij de moskeeën naar aanleiding van dreigementen elders in het land. Er is geen concrete dreiging in ons gebied.
Intervisie over de vraag wanneer een scheldpartij met een racistisch woord als discriminatie moet worden geregistreerd. Casussen uit het afgelopen kwartaal zijn besproken.
Workshop 'transgender personen in de arrestantenzorg' gevolgd. De nieuwe instructie over fouilleren en insluiten wordt in januari ingevoerd.
Namens het team deelgenomen aan een rondetafelgesprek van de Nationaal Coördinator tegen Discriminatie en Racisme over het vertrouwen in de politie.
Mutatie: Rapport van de ADV ontvangen over leeftijdsdiscriminatie op de arbeidsmarkt; ter informatie doorgezet naar de wijkteams, geen actie voor de politie.
Opleidingsdag voor boa's en politie: 'Hoe herken ik extremistische symbolen?' Behandeld zijn onder meer hakenkruis, SS-runen, 1488 en het Keltisch kruis, en het verschil met religieuze symbolen.
Na de onrust in de wijk is een bewonersavond georganiseerd. Bewoners spraken over hun zorgen over racisme en vooroordelen; de wijkagent legde uit hoe je een melding doet.
Evaluatie van de pilot met anoniem melden van homofoob geweld via de app: in zes maanden veertien meldingen, waarvan drie zijn omgezet in een aangifte.
Rooster aangepast zodat er op de avond van de lezing over antizionisme en antisemitisme in de bibliotheek twee collega's in de buurt zijn. Organisatie verwacht geen problemen.
"""

NEUTRAL["neutraal-homoniem"] = """
Brandmelding bij een afhaalzaak aan de Hoofdstraat: een Turkse pizza was in de oven vergeten en de keuken stond vol rook. Brandweer heeft geventileerd, geen gewonden.
Aangever verklaarde dat zijn moeder van de trap is geflikkerd toen zij over een losliggende traploper struikelde. Ambulance ter plaatse, geen strafbaar feit.
Melder maakte zich zorgen omdat haar nicht al twee dagen niet bereikbaar was. Collega's hebben een woningcontrole uitgevoerd; de nicht lag te slapen na een reeks nachtdiensten.
Woninginbraak aan de Jodenbreestraat. Daders zijn via de achterdeur binnengekomen en hebben een laptop en sieraden weggenomen. Sporenonderzoek uitgevoerd.
Diefstal uit een bestelbus van een schildersbedrijf: weggenomen zijn onder meer een pot verf van tien liter, een boormachine en een kist gereedschap.
Bij de Zwarte Cross is op het crossterrein een quad gekanteld. De bestuurder is licht gewond en door de EHBO behandeld.
Melder belde over een verdachte zwarte BMW die al een uur met draaiende motor in de straat stond. Kenteken bevraagd, geen bijzonderheden; bestuurder wachtte op zijn dochter.
Op een blinde muur van de sporthal is een tag 'SKR' in blauwe verf gespoten. Beheerder heeft een foto gemaakt voor de gemeente.
De gestolen auto is een grijze Opel Astra waarvan het kenteken eindigt op de cijfers 88. Signalering is ingevoerd in het systeem.
Bij het Mongoolse wokrestaurant aan de Rijksweg is vannacht een ruit ingeslagen en de kassalade meegenomen.
Een inwoner van Oud-Beijerland meldde een man aan de deur die zich voordeed als medewerker van de energiemaatschappij en om zijn bankpas vroeg.
Vernieling van een trafohuisje aan de Industrieweg: de deur is opengebroken en er zijn kabels doorgeknipt. Netbeheerder is ingelicht.
Op de kermis werd een kind in de hand gebeten door de teef van een standhouder. De hond was niet aangelijnd en is door de eigenaar direct in de wagen gezet.
Uit café De Zwarte Kat is vannacht de fooienpot van de bar gestolen. Camerabeelden tonen een man met een pet die over de toog reikt.
Melder meldde dat zijn Transavia-vlucht was geannuleerd en dat een medereiziger op Schiphol agressief werd tegen het baliepersoneel. De marechaussee heeft de man aangesproken.
Uit de fietstas van melder is haar tas gestolen, met daarin onder meer haar portemonnee en het bibliotheekboek 'Turks fruit' van Jan Wolkers.
Onbekenden hebben kauwgom op het judasoog van de voordeur van melder geplakt. Melder heeft ook last van aanbellen en weglopen.
Melder trof in het kreupelhout langs het fietspad een opengebroken geldkist aan. FO heeft de kist meegenomen voor sporenonderzoek.
In de kantine van voetbalvereniging Zwart-Wit is ingebroken; de kassa van de bar is leeggehaald en er zijn kratten bier meegenomen.
In de dierentuin klom een bezoeker over het hek van het apenverblijf om een foto te maken. Hij is door de beveiliging verwijderd en kreeg een toegangsverbod.
Winkeldiefstal in de supermarkt: verdachte had twee pakken jodenkoeken, een fles wijn en een deodorant in zijn jas gestopt. Hij is overgedragen aan de politie.
Melder verloor zijn paspoort tijdens een vakantie op Lesbos en kwam aan de balie voor een verklaring van vermissing.
De eigenaar van een bruin café aan de Haven meldde dat er een ruit is ingegooid. Binnen is niets weggenomen.
Bij een controle in de tram zijn vijf zwartrijders beboet. Eén van hen gaf een valse naam op en is meegenomen naar het bureau.
Op de A12 is bij de oprit een vrachtwagen met Chinese kool gekanteld. De rijstrook is twee uur afgesloten geweest; de chauffeur is ongedeerd.
Basisschool De Regenboog meldt vernieling van het fietsenhok door onbekenden in het weekend.
Melder meldt dat haar kat al drie dagen weg is. Het gaat om een zwarte kater met witte sokjes die luistert naar de naam Moor.
In de snookerhal zijn 's nachts de muntkasten van alle pooltafels opengebroken.
Winkeldiefstal bij de drogist: verdachte stopte zes flessen Dove-douchegel en een parfum in haar tas.
Winkeldiefstal: verdachte had een fles zigeunersaus, twee pakken sigaretten en een blikje energiedrank in zijn rugzak. Winkelverbod opgelegd.
Een kind kreeg op het schoolplein een allergische reactie na het eten van een pinda. De ambulance was snel ter plaatse.
Melder klaagt over heidens lawaai van een bouwplaats waar om 05.00 uur al werd geheid.
Inbraak in het achterhuis van een boerderij aan de dijk; weggenomen zijn een accu van een trekker en gereedschap.
Bij een woninginbraak zijn een spelcomputer en de dvd-box van 'Mocro Maffia' meegenomen.
Getuige, de heer P. Blank, zag de dader wegrennen in de richting van de Moerdijkstraat. Hij heeft een signalement gegeven.
"""

NEUTRAL["neutraal-beschrijving"] = """
Straatroof aan de Boulevard: vdt. wordt omschreven als een man van Noord-Afrikaanse afkomst, ca. 20 jaar, 1.80 m, zwarte trainingsbroek en witte sneakers. Hij vluchtte op een scooter met de tas van aangeefster.
Fietsendiefstal bij de moskee aan de Hoogstraat tijdens het vrijdaggebed. Een zwarte Gazelle met kinderzitje is weggenomen; er zijn geen camerabeelden.
Tijdens de Pride Walk raakte een bezoeker onwel door de hitte. EHBO en ambulance ter plaatse; de man is ter controle naar het ziekenhuis gebracht.
Aanrijding op de Regenbooglaan tussen twee personenauto's. Alleen blikschade; partijen hebben samen een schadeformulier ingevuld.
Getuige, een vrouw met een hoofddoek die bij de bushalte stond, zag hoe vdt. het slot van de fiets doorknipte en richting station reed. Zij heeft haar telefoonnummer achtergelaten.
Vermissing van een 17-jarige jongen met het syndroom van Down die niet was teruggekeerd van zijn dagbesteding. Na een uur aangetroffen bij de speeltuin, ongedeerd.
Vdt. van de winkeldiefstal betreft een man van ca. 60 jaar met een wandelstok, grijze baard en een groene regenjas. Hij liep weg met twee flessen whisky.
Een bestelbus reed bij het keren tegen het hek van de synagoge aan de Lekstraat. Schade aan het hek; de bestuurder heeft zich zelf gemeld.
Melding van een onwel geworden man in de kathedraal tijdens de mis. Reanimatie was niet nodig; de man is per ambulance afgevoerd.
Bij een controle op het busstation werd een Poolse man aangehouden die gesignaleerd stond voor een openstaande boete. Hij heeft ter plaatse betaald en is heengezonden.
Getuige is een dove man die via een tolk gebarentaal verklaarde dat hij de aanrijding had zien gebeuren. De verklaring is met hulp van de tolk opgenomen.
Mutatie: Op de parkeerplaats van de hindoetempel aan de Spaarnestraat is een auto opengebroken. Een tas met laptop is weggenomen.
Vdt. van de inbraak is een man met een Oost-Europees accent, ca. 30 jaar, in werkkleding. Hij zou zich bij de bewoners hebben voorgedaan als monteur van de cv-ketel.
Tijdens de Roze Zaterdag is een portemonnee gevonden en afgegeven bij de politiepost. De eigenaar is via de ID-kaart achterhaald.
Aanhouding van een 15-jarig meisje voor winkeldiefstal in het winkelcentrum. Ouders zijn ingelicht; verwijzing naar Halt.
Melder, een blinde vrouw met een geleidehond, meldde dat er in haar portiek een man lag te slapen. Collega's troffen een dakloze man aan, die naar de nachtopvang is begeleid.
Geluidsoverlast vanuit de kerk van de Pinkstergemeente tijdens een late dienst. Na een gesprek met de voorganger is de muziek zachter gezet.
Ongeval in het zwembad: een jongen van 12 uit een Turks gezin gleed uit op de rand en liep een hoofdwond op. De badmeester verleende eerste hulp.
Vdt. van de mishandeling in de tram is een blanke man van ca. 45 jaar, kaal, met een tatoeage in zijn nek. Hij stapte uit bij de halte Centraal.
Getuige, die aangaf non-binair te zijn en met 'die' aangesproken wil worden, heeft de aanrijding gefilmd en de beelden aan de politie gestuurd.
Collega's troffen in de Jodenbuurt een man aan die onder invloed van alcohol op de rijbaan lag. Hij is naar huis gebracht.
Vdt. van de babbeltruc is een vrouw met een donkere huidskleur, ca. 25 jaar, lang zwart haar, sprak Engels. Zij vroeg om een glas water en nam ongemerkt een portemonnee mee.
Verkeersongeval op het Anne Frankplein: een scooterrijder kwam ten val op de natte tramrails. Lichte schaafwonden.
Aangever (52, rolstoelgebruiker) zag vanuit zijn raam hoe twee jongens een auto openbraken. Door zijn goede signalement zijn beide jongens in de straat aangehouden.
Op de parkeerplaats van de Marokkaanse moskee botsten twee auto's van bezoekers. Partijen zijn er samen uitgekomen.
Loslopend schaap op de Joodse begraafplaats aan de Kerklaan. De eigenaar is gebeld en heeft het dier opgehaald.
Tijdens de iftar in het buurthuis ontstond een kleine keukenbrand. De aanwezigen hebben het vuur zelf met een blusdeken gedoofd.
Een 91-jarige man is met zijn scootmobiel van de stoeprand gekanteld. Voorbijgangers hielpen hem overeind; geen letsel.
Vdt. van de fietsendiefstal, een jongen met een Surinaams accent, werd door de eigenaar betrapt en liet de fiets vallen. Hij is gevlucht richting het park.
Vermissing van een 78-jarige vrouw met dementie die in pyjama de woning had verlaten. Na een zoekactie is zij aangetroffen bij het station.
Betrokkene, een Syrische statushouder, meldde zich aan de balie om zijn rijbewijs als verloren op te geven. Verklaring van vermissing is opgemaakt.
Aanrijding voor de Chinese toko aan de Wijnhaven: een bezorgscooter reed tegen een geparkeerde auto. De bezorger heeft een schaafwond aan zijn knie.
Getuigen van de vechtpartij voor het café zijn twee vrouwen die samen boven het café wonen en een relatie hebben. Zij herkenden beide vdt. als vaste gasten.
Drie jongeren van Marokkaanse afkomst zijn aangehouden voor het afsteken van zwaar vuurwerk bij de flat. Het vuurwerk is in beslag genomen.
Het slachtoffer van de aanrijding is een moslima van 34 die met haar kinderen naar school fietste. Zij is met een gebroken enkel naar het ziekenhuis gebracht; de automobilist is staande gehouden.
"""

NEUTRAL["neutraal-slachtoffer"] = """
Aangeefster, die een hoofddoek draagt, deed aangifte van diefstal van haar portemonnee uit haar jaszak in de drukke tram. Zij merkte het pas bij het uitstappen; er is geen signalement van de dader.
Woninginbraak bij een homostel aan de Lindenlaan. Via een opengebroken achterraam zijn een laptop, een spelcomputer en contant geld weggenomen.
Diefstal van een scootmobiel uit de gemeenschappelijke berging van een seniorenflat. De eigenaar, een man van 81, is er erg door gedupeerd.
Inbraak bij de synagoge: de collectebus in de hal is opengebroken en leeggehaald. Er zijn geen teksten of bekladdingen aangetroffen en er is verder niets vernield.
Een rolstoelgebruiker deed aangifte van oplichting via Marktplaats: hij betaalde 400 euro voor een handbike die nooit is geleverd.
Een Poolse uitzendkracht werd op weg naar huis door twee mannen op een scooter van zijn telefoon beroofd. Zij bedreigden hem met een mes en riepen alleen 'geef je telefoon'.
Aangever, van Ghanese afkomst, is slachtoffer geworden van een phishingbericht dat zogenaamd van zijn bank kwam. Er is 1.250 euro van zijn rekening afgeschreven.
Bij een transvrouw is in het zwembad haar kluisje opengebroken; haar telefoon en sleutels zijn weggenomen. Die middag zijn nog vier andere kluisjes opengebroken.
De moskee aan de Kanaalstraat meldt diefstal van de koperen dakgoten. Vermoedelijk dezelfde daders als bij de koperdiefstallen op het bedrijventerrein vorige week.
Aangeefster (89) werd bij het pinnen in de supermarkt afgeleid door een man die haar pincode afkeek. Later werd er 600 euro met haar pas opgenomen. Camerabeelden worden opgevraagd.
Een blinde man deed aangifte van diefstal van zijn tandem, die op slot voor zijn woning stond.
Bij een Syrisch gezin is ingebroken in de schuur; twee e-bikes zijn weggenomen. Die nacht zijn in dezelfde straat meer schuren opengebroken.
Aangever, een orthodox-joodse man, deed aangifte van een aanrijding waarbij de tegenpartij doorreed. Zijn auto heeft schade aan de achterbumper; een getuige noteerde een deel van het kenteken.
Een lesbische vrouw deed aangifte van oplichting door haar vorige huisbaas, die de borg van 1.500 euro niet terugbetaalt en onbereikbaar is.
Een Marokkaanse vrouw is slachtoffer van een autokraak: het zijraam is ingeslagen en een tas van de achterbank gepakt.
Aangever, die het syndroom van Down heeft, kwam met zijn begeleider aangifte doen van diefstal van zijn telefoon, die in de bus uit zijn jaszak is gerold.
Bij de auto van een imam zijn de banden lek gestoken. In dezelfde straat zijn die nacht bij zeven auto's de banden lekgestoken.
Aangeefster, een Surinaamse vrouw van 60, kreeg een WhatsApp van 'haar dochter' met een nieuw nummer en maakte 1.800 euro over. Het bleek een oplichter.
Aangever, die met zijn man een bloemenzaak runt, deed aangifte van inbraak in de winkel. De kassa en een partij orchideeën zijn weggenomen.
Een Roma-familie op de camping meldt diefstal van een aanhanger met gereedschap. De camping heeft camerabeelden beschikbaar gesteld.
Een zwangere vrouw raakte licht gewond toen een automobilist door rood reed en haar op het zebrapad raakte. De bestuurder is staande gehouden en heeft een blaastest gedaan.
De kerk aan het Marktplein meldt een inbraak in de sacristie. Een laptop en de geluidsinstallatie zijn weggenomen.
Aangeefster, een Eritrese vrouw, werd door haar ex-partner geslagen tijdens een ruzie over de alimentatie. Zij heeft een blauw oog; de ex is aangehouden.
Een dove vrouw is slachtoffer van een nepwebshop: zij betaalde voor een wasmachine die nooit is geleverd.
Bij de woning van een transgender persoon is de voordeur beschadigd door iemand die het slot probeerde te forceren. Ook bij de buren zijn verse breeksporen aangetroffen.
Een Chinees restaurant is overvallen door twee gemaskerde mannen die de kassa meenamen. Zij spraken alleen over geld; het personeel is geschrokken maar ongedeerd.
Aangever, een Turkse ondernemer, deed aangifte van verduistering door een werknemer die 4.000 euro uit de kas heeft gehaald.
Een man met een rollator werd op het trottoir geraakt door een fietser die doorreed. Hij liep een gekneusde heup op.
De eigenaar van een halalslagerij deed aangifte van inbraak waarbij de koelcel is opengebroken en voor ongeveer 2.000 euro vlees is gestolen.
Een Oekraïense vluchtelinge deed aangifte van diefstal van haar fiets bij de opvanglocatie. De fiets stond op slot in het rek.
Een Joodse student deed aangifte van diefstal van zijn laptop uit de universiteitsbibliotheek, waar hij die even onbeheerd had laten liggen.
Een 85-jarige vrouw kreeg bezoek van twee mannen die zich voordeden als medewerkers van het waterbedrijf. Terwijl de een haar in de keuken bezighield, doorzocht de ander de slaapkamer.
Een jongen met autisme meldt dat zijn fiets is gestolen bij de dagbesteding. Het slot is doorgeknipt; er stonden nog meer fietsen zonder slot.
Een non-binaire student meldde dat diens rugzak in de trein is gestolen terwijl die sliep. In de rugzak zaten een laptop en een OV-kaart.
Aangeefster, die in een rolstoel zit, werd op het station van haar tas beroofd door een man die de tas van haar schoot griste en wegrende. Omstanders konden hem niet meer inhalen.
"""


def _lines(block):
    for line in block.splitlines():
        line = line.strip()
        if line and not line.startswith("##"):
            yield line


def collect():
    rows = []
    for line in _lines(DISCRIMINATORY):
        parts = [p.strip() for p in line.split(" | ", 2)]
        if len(parts) != 3:
            sys.exit("bad discriminatory line: %r" % line[:80])
        grounds, label, text = parts
        rows.append((grounds, text, label))
    for kind in NEUTRAL_KINDS:
        for text in _lines(NEUTRAL[kind]):
            rows.append(("-", text, kind))
    return rows


def validate(rows):
    seen = set()
    for grounds, text, label in rows:
        if any(c in text for c in "\t\r\n"):
            sys.exit("tab or newline in text: %r" % text[:60])
        if '"' in text:
            sys.exit("double quote in text: %r" % text[:60])
        if text in seen:
            sys.exit("duplicate text: %r" % text[:60])
        seen.add(text)
        if grounds == "-":
            if label not in NEUTRAL_KINDS:
                sys.exit("bad neutral label %r" % label)
        else:
            gs = grounds.split(" ")
            if not gs or any(g not in GROUNDS for g in gs) or len(set(gs)) != len(gs):
                sys.exit("bad grounds %r" % grounds)
            if label not in SETTINGS:
                sys.exit("bad setting %r" % label)


def is_heldout(text):
    return hashlib.sha256(("regs9:" + text).encode()).digest()[0] % 10 < 3


def write(path, rows, part):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("# regs9 %s part: hand-written Dutch police registration texts "
                "(discriminatory and hard neutral) for evaluating the discrimination screener.\n" % part)
        f.write("# Generated by gendev9.py (do not edit); held out when "
                "sha256('regs9:'+text)[0] % 10 < 3, rows in random.Random(9) order.\n")
        f.write("grounds\ttext\tlabel\n")
        for grounds, text, label in rows:
            # The eval format separates grounds with commas.
            f.write("%s\t%s\t%s\n" % (",".join(grounds.split()), text, label))


def summary(name, rows):
    disc = [r for r in rows if r[0] != "-"]
    neut = [r for r in rows if r[0] == "-"]
    per_ground = Counter(g for r in disc for g in r[0].split())
    per_kind = Counter(r[2] for r in neut)
    print("%s: %d rows (%d discriminatory, %d neutral)" % (name, len(rows), len(disc), len(neut)))
    print("  grounds: " + ", ".join("%s=%d" % (g, per_ground[g]) for g in sorted(GROUNDS)))
    print("  neutral: " + ", ".join("%s=%d" % (k, per_kind[k]) for k in NEUTRAL_KINDS))


def main():
    rows = collect()
    validate(rows)
    rng = random.Random(9)
    rng.shuffle(rows)
    dev = [r for r in rows if not is_heldout(r[1])]
    held = [r for r in rows if is_heldout(r[1])]
    here = os.path.dirname(os.path.abspath(__file__))
    write(os.path.join(here, "registrations-dev9.tsv"), dev, "development")
    write(os.path.join(here, "registrations-heldout9.tsv"), held, "held-out")
    summary("all", rows)
    summary("registrations-dev9.tsv", dev)
    summary("registrations-heldout9.tsv", held)


if __name__ == "__main__":
    main()
