#!/usr/bin/env python3
"""Writes the second development sets of issue 11 (run from the repository root):

  python3 screen/testdata/gendev2.py

Written apart from gendev.py, in another style, to test whether the lexicon generalises
beyond the templates it was tuned on:

registrations-dev2.tsv / registrations-heldout2.tsv: hand-written registrations in the prose
of an aangifte or mutatie (times, addresses, names, quoted dialogue), each text written once,
not from a template. Discriminatory ones: slurs in quoted dialogue, motive constructions
without a slur ("weigerde hem vanwege zijn huidskleur"), hostile statements, threats, daubings
and online posts. Neutral ones, the near-miss flood: origin in a description, a place of
worship as a location, rainbow-named streets, disabilities, ages, gender, group words next to
an ordinary crime (a threat, a fight), homonyms of slurs (pot, nicht, teef, poot).

hatecheck-dev2.tsv / hatecheck-heldout2.tsv: HateCheck-style statements (Röttger et al. 2021)
with verbs, nouns and phrasings that gendev.py does not use, about 16 groups (some not in
gendev.py: Afghanen, Oekraïners, Syriërs, biseksuelen, autisten, 65-plussers), each also with
a spelling trick on the group word or on the hostility word (deleted, swapped or doubled
letter, words run together, spaced letters, digits, signs such as @ and $); slurs in other
person-directed frames; non-hateful contrasts: negation ("ik haat X niet"), counter-speech
quoting hate, positive and neutral mentions of groups, and hostile texts without a protected
group.

The held-out part is fixed before anything is measured: a text goes to the held-out file
when the first byte of the SHA-256 of its text, modulo 10, is below 3 (about 30%). The
lexicon is tuned on the development part only. Column 3 is a label for reporting
(group/trick, or kind). Deterministic (seed 2026).

registrations-dev3.tsv is not written by this script: it was written by hand, directly in
the file, as a third development set (no held-out part) for the classes the held-out
registrations missed most (antisemitism, disability, motive constructions, hostile
statements), without looking at the held-out files; see screen/LEXICON.md.
"""
import hashlib
import random

rng = random.Random(2026)


def held(text):
    return hashlib.sha256(text.encode("utf-8")).digest()[0] % 10 < 3


# --- Realistic registrations, hand-written -------------------------------------------------

H, G, A, S, T, X, D, L = ("herkomst", "godsdienst", "antisemitisme", "seksuele_gerichtheid",
                           "genderidentiteit", "geslacht", "handicap", "leeftijd")

REG_SLUR = [  # (ground, text): slurs in quoted dialogue
    (H, "Op 14 maart omstreeks 22:15 uur werden wij gestuurd naar de Vlierstraat te Tilburg. Melder, de heer Y. Bakkali, verklaarde dat zijn buurman hem over de schutting had toegeroepen: \"Vuile makak, ga terug naar je woestijn.\""),
    (H, "Aangeefster (43) verklaarde dat een onbekende man haar in de bus naar Zuidplein had uitgemaakt voor 'kankernegerin' en haar in het gezicht had gespuugd."),
    (H, "Ter plaatse troffen wij melder S. Pinas aan. Hij verklaarde dat de bestuurder van een grijze Opel hem had nageroepen: 'Hé roetmop, uit de weg!'"),
    (H, "Melder verklaarde dat zijn collega hem op de werkvloer structureel 'bounty' noemt, 'zwart van buiten, wit van binnen'."),
    (H, "Volgens getuige De Vries riep de verdachte tegen de kassière: \"Ik laat me niet helpen door zo'n spleetoog.\""),
    (H, "Aangever, eigenaar van een afhaalrestaurant aan de Kruisweg, verklaarde dat een klant hem bij het afrekenen 'vuile pindachinees' noemde."),
    (H, "In de chat van het online spel schreef de gebruiker 'xXsniperXx' meerdere keren 'nikker' tegen melder."),
    (H, "Melder hoorde vanuit het vak van de thuissupporters oerwoudgeluiden zodra de spits aan de bal kwam."),
    (H, "Verdachte zei volgens de portier letterlijk: \"Die zandnegers komen er bij mij niet in.\""),
    (H, "Aangever verklaarde dat de man met de hond hem toeriep: 'Rot op, geitenneuker, terug naar je eigen land.'"),
    (G, "Melder, draagster van een hoofddoek, werd op de weekmarkt door een oudere vrouw uitgemaakt voor 'kopvoddenwijf'."),
    (G, "Op het schoolplein noemde een leerling een klasgenoot herhaaldelijk 'tapijtenduiker' en 'terrorist'."),
    (G, "Aangever verklaarde dat verdachte hem bij de tramhalte Brink 'vieze baardaap' noemde en tegen zijn tas schopte."),
    (G, "De vrouw werd in het Zuiderpark achternagelopen door twee jongens die 'hoofddoekhoer' naar haar riepen."),
    (A, "Melder, die een keppeltje droeg, werd bij station Amsterdam-Zuid door een man toegeroepen: \"Kankerjood, ze hadden jullie allemaal moeten vergassen.\""),
    (A, "Op de brievenbus van de familie Cohen aan de Beethovenstraat was met zwarte verf 'jodenvarken' geschreven."),
    (A, "Tijdens de wedstrijd scandeerde een groep supporters in vak F: 'Hamas, Hamas, joden aan het gas.'"),
    (A, "Verdachte schreef in een e-mail aan de rabbijn dat hij 'een smerige smous' is die 'zijn geld moet tellen'."),
    (S, "Melder liep omstreeks 01:30 uur hand in hand met zijn vriend over de Oudegracht toen een fietser 'vuile flikkers' naar hen riep."),
    (S, "Aangever verklaarde dat zijn buurjongen hem dagelijks 'homootje' en 'kontneuker' noemt als hij zijn auto parkeert."),
    (S, "Twee vrouwen werden op het terras van café De Zwaan uitgemaakt voor 'smerige potten' en met bier overgoten."),
    (S, "Volgens melder zei de trainer waar de hele groep bij stond: 'Niet zo janken, vuile nicht.'"),
    (S, "De chauffeur riep tegen melder: \"Jij bent een vieze poot, stap maar uit mijn bus.\""),
    (S, "Op Instagram kreeg melder onder een foto van haar bruiloft reacties als 'lesbo's moeten branden'."),
    (T, "Aangeefster, een transvrouw, verklaarde dat de barman haar 'travo' noemde en weigerde haar een drankje te schenken."),
    (T, "Melder werd in de kleedkamer van de sportschool door een man toegeroepen: 'Wat doe jij hier, he-she?'"),
    (T, "Verdachte zei tegen de non-binaire melder: 'Je bent gewoon een mislukte vent in een jurk.'"),
    (X, "Toen aangeefster weigerde haar telefoonnummer te geven, noemde de man haar 'vuile slet' en 'kankerhoer'."),
    (X, "De agente werd tijdens de aanhouding door verdachte uitgemaakt voor 'vuile teef', waarna hij riep dat vrouwen niet bij de politie horen."),
    (D, "Melder, die het syndroom van Down heeft, werd in de Albert Heijn door twee jongens 'mongool' genoemd en uitgelachen."),
    (D, "Aangever zit in een rolstoel en werd door de buschauffeur een 'kreupele spast' genoemd toen de oprijplaat niet werkte."),
    (D, "In de klassenapp stond een foto van melder met de tekst 'kijk die retard eens kwijlen'."),
    (L, "Melder (78) werd in de Kruidvat door een jonge man uitgescholden voor 'ouwe lul' en 'vieze bejaarde'."),
    (L, "De jongeren riepen naar de bewoners van verzorgingshuis De Linde: 'Kankerbejaarden, ga toch dood.'"),
    (H, "Verdachte zei tegen de Poolse bezorger: 'Kutpolak, leer eerst eens Nederlands.'"),
    (H, "Aangever hoorde zijn nieuwe buurman tegen diens vrouw zeggen: \"Daar woont die zwartjoekel.\""),
    (H, "Melder werd door de taxichauffeur een 'vuile zigeuner' genoemd en moest de auto op de Ringdijk verlaten."),
    (H, "In een reactie onder een nieuwsbericht over het nieuwe azc schreef verdachte: 'Weer een paar cadeautjes erbij, tijd voor de fakkels.'"),
    (H, "Verdachte noemde de Eritrese statushouder tijdens de ruzie in het trappenhuis een 'gelukszoeker' en een 'parasiet'."),
    (H, "Aangever verklaarde dat hij bij de snackbar werd aangesproken met 'hé bruine, ga terug naar je hut'."),
    (H, "De buurvrouw schreeuwde vanaf haar balkon: \"Kanker-Turken, jullie stinken!\""),
    (H, "Melder werd in de trein naar Zwolle door een man in een legerjas een 'kutmocro' genoemd."),
    (H, "In de groepsapp van het team noemde een collega de nieuwe medewerker 'onze eigen aap' en stuurde hij een foto van een gorilla."),
    (H, "Aangever verklaarde dat de verdachte hem een 'kakkerlak' noemde en zei dat Antillianen allemaal dieven zijn."),
    (H, "Verdachte riep tegen de Surinaamse buschauffeuse: 'Vuile negerin, rij nou door!'"),
    (H, "Op de motorkap van de auto van melder was 'kut Marokkaan' gekrast."),
    (H, "De dronken man riep tegen de eigenaresse van de toko: 'Ching chong, corona-verspreider!'"),
    (G, "Melder verklaarde dat een man op een scooter hem 'vieze moslim' noemde en een ei naar hem gooide."),
    (G, "Verdachte sprak een voicemail in waarin hij haar 'een smerige mohammedaanse hoer' noemde."),
    (H, "Tijdens de ruzie over de parkeerplaats zei verdachte: 'Jullie zijn allemaal koelies, terug naar de plantage.'"),
    (H, "Aangever, een Ghanese man, werd door de buurman 'bosneger' genoemd toen hij zijn vuilniszak buiten zette."),
    (S, "Het slachtoffer verklaarde dat de daders tijdens de mishandeling 'flikker' en 'aidslijer' riepen."),
    (D, "De voorbijganger schold de vrouw met de blindengeleidehond uit voor 'blinde debiel'."),
    (H, "Verdachte noemde de Molukse melder een 'vuile pinda' en zei dat hij terug moest naar zijn eiland."),
    (S, "Op het toilet van het bedrijf hing een briefje met de naam van melder en het woord 'mietje'."),
    (H, "Bij de voetbalwedstrijd van de F-jes riep een vader naar een speler van de tegenpartij: 'Ga terug naar Afrika, chimpansee!'"),
]

REG_MOTIVE = [  # motive constructions without a slur
    (H, "Melder verklaarde dat de portier van club Tivoli hem de toegang weigerde vanwege zijn huidskleur; zijn witte vrienden mochten wel naar binnen."),
    (G, "Aangeefster werd na haar proeftijd niet verlengd; haar leidinggevende zei volgens haar dat dit was omdat zij een hoofddoek draagt en klanten daar last van hebben."),
    (H, "De verhuurder van de woning aan de Lindelaan liet per e-mail weten dat hij liever geen Marokkaanse huurders heeft."),
    (S, "Melder en zijn vriend werden uit café Het Anker gezet nadat ze elkaar een kus hadden gegeven; de barman zei: 'Twee mannen die zoenen, dat willen wij hier niet.'"),
    (D, "Aangever verklaarde dat de taxichauffeur weigerde hem mee te nemen omdat hij een blindengeleidehond bij zich had."),
    (L, "Volgens melder werd haar sollicitatie afgewezen omdat zij te oud zou zijn voor het jonge team; zij is 58 jaar."),
    (G, "Melder werd bij de kassa van het zwembad tegengehouden omdat zij een boerkini droeg; de badmeester zei dat 'dat soort kleding' niet is toegestaan."),
    (H, "De makelaar verklaarde tegenover melder dat de eigenaar niet aan buitenlanders verhuurt."),
    (X, "Aangeefster verklaarde dat zij werd ontslagen twee weken nadat zij haar werkgever had verteld dat zij zwanger was."),
    (H, "Melder verklaarde dat hij als enige van de groep werd gefouilleerd door de beveiliger, volgens hem vanwege zijn Noord-Afrikaanse uiterlijk."),
    (H, "De eigenaar van de kapsalon weigerde melder te knippen omdat hij 'geen kroeshaar' doet."),
    (T, "Melder, die transgender is, werd door de baliemedewerker van het stadhuis niet geholpen omdat haar paspoort 'niet klopte met haar uiterlijk'."),
    (D, "Aangever mocht niet in de bus omdat hij in een elektrische rolstoel zit; de chauffeur zei dat 'zulke mensen' maar een taxi moeten nemen."),
    (H, "De uitzendkracht verklaarde dat het uitzendbureau hem had laten weten dat de klant geen Polen meer wil in het magazijn."),
    (X, "Melder verklaarde dat zij tijdens het sollicitatiegesprek werd afgewezen omdat een vrouw van haar leeftijd 'toch snel zwanger wordt'."),
    (S, "Twee mannen werden geweigerd bij de B&B aan de Dorpsstraat; de eigenaresse zei dat zij geen homostellen ontvangt."),
    (D, "Melder verklaarde dat de voetbaltrainer zijn zoon uit het team zette omdat hij autisme heeft."),
    (H, "Aangever werd bij de ingang van het festival als enige uit de rij gehaald; de beveiliger zei volgens hem: 'Jij ziet er Arabisch uit, eerst fouilleren.'"),
    (H, "De woningcorporatie wees melder een woning af met als reden dat Somaliërs altijd overlast geven."),
    (H, "Melder werd door de beveiliging van het winkelcentrum gevolgd en aangesproken, volgens haar alleen omdat zij een donkere huid heeft."),
    (G, "De werkgever zei tegen melder dat hij zijn baard moest afscheren omdat moslims hier niet gewenst zijn."),
    (A, "Melder verklaarde dat haar zoon op school wordt buitengesloten omdat hij joods is."),
    (S, "Een lesbisch stel kreeg van de verhuurder te horen dat het huurcontract werd opgezegd vanwege hun geaardheid."),
    (H, "Aangever verklaarde dat hij bij het uitzendbureau werd afgewezen op grond van zijn Turkse achternaam."),
    (L, "Melder, 67 jaar, mocht geen lening afsluiten; de bankmedewerker zei dat ouderen te veel risico zijn."),
    (D, "De dansschool weigerde melder als lid omdat zij slechthorend is en 'de muziek toch niet hoort'."),
    (G, "Volgens melder zei de uitsmijter: 'Met die hoofddoek kom je er vanavond niet in.'"),
    (H, "Melder verklaarde dat de eigenaar van de camping haar de toegang ontzegde omdat zij een woonwagenbewoner is."),
    (X, "Aangeefster kreeg tijdens een functioneringsgesprek te horen dat zij geen promotie kreeg omdat mannen nu eenmaal betere leiders zijn."),
    (D, "Melder verklaarde dat de kinderopvang haar dochter niet wilde plaatsen vanwege het syndroom van Down."),
    (T, "De sportvereniging liet weten dat transvrouwen niet welkom zijn in het damesteam, waarna melder haar lidmaatschap moest opzeggen."),
    (H, "Aangever verklaarde dat de autoverkoper weigerde hem een auto te verkopen omdat Antillianen toch niet betalen."),
    (H, "Melder werd bij de receptie van het hotel gevraagd om contant vooruit te betalen, 'zoals bij alle Afrikanen'."),
    (G, "Volgens melder wilde de fysiotherapeut haar niet behandelen omdat ze een islamitische vrouw is."),
    (S, "De vader van melder sloeg haar toen hij hoorde dat zij lesbisch is en zette haar het huis uit."),
    (H, "De bezorgdienst weigerde te bezorgen in de Schilderswijk, volgens de medewerker omdat daar alleen maar allochtonen wonen."),
    (H, "Melder verklaarde dat zij door haar teamleider werd gepest vanwege haar Surinaamse accent."),
    (H, "Een Oekraïense vluchteling werd door de verhuurder uit de kamer gezet; de verhuurder zei dat hij klaar is met die Oost-Europeanen."),
    (D, "De eigenaar van de sportschool zei tegen melder dat mensen met een beperking 'het beeld verpesten' en zegde haar abonnement op."),
    (G, "Aangever verklaarde dat hij als enige geen kerstpakket kreeg, volgens zijn chef omdat moslims toch geen kerst vieren."),
    (L, "Melder, een oudere man met een rollator, werd de bus uit gezet; de chauffeur riep dat bejaarden de boel ophouden."),
    (H, "Volgens melder weigerde de club haar vriend met de opmerking: 'Vanavond geen Marokkanen, sorry.'"),
    (S, "Aangeefster verklaarde dat haar huisbaas de huur opzegde nadat hij haar vriendin had ontmoet; hij zei dat hij geen lesbiennes onder zijn dak wil."),
    (H, "Melder werd zonder reden staande gehouden; de agent zei volgens hem dat 'iemand met jouw kleur' niet in zo'n dure auto rijdt."),
    (A, "De organisator van het festival liet melder niet toe omdat hij een kippa droeg en dat 'te gevoelig' zou liggen."),
    (G, "Aangever verklaarde dat de verhuurder bij de bezichtiging vroeg of hij moslim was en hem daarna de woning weigerde."),
    (L, "Melder werd overgeslagen voor een vaste aanstelling; zijn manager zei dat een man van zestig niet meer mee kan."),
    (G, "De schoolleiding weigerde de dochter van melder mee te nemen op schoolreis omdat zij een hoofddoek draagt."),
    (D, "Aangeefster verklaarde dat haar collega's haar uitlachen vanwege haar stotteren en haar 'de gehandicapte' noemen."),
    (H, "Melder zag dat in een vacature van een schoonmaakbedrijf aan de Marconistraat stond: 'Alleen Nederlandse sollicitanten, geen buitenlanders'."),
    (H, "Verdachte weigerde de Afghaanse klant te bedienen en zei: 'Voor jouw soort is hier geen plek.'"),
    (S, "De verhuurder zei tegen melders, een homostel, dat hij zulke mensen niet in zijn pand wil."),
    (H, "Melder verklaarde dat de uitsmijter hem en zijn Turkse vrienden wegstuurde terwijl een groep witte jongens wel naar binnen mocht."),
    (H, "Aangever werd op zijn werk niet toegelaten tot de kantine omdat hij 'naar knoflook stinkt, zoals alle Turken'."),
    (G, "Melder verklaarde dat zij bij de balie van de gemeente werd genegeerd omdat zij een niqaab draagt."),
    (S, "Volgens aangever werd hij door zijn voetbalteam buitengesloten nadat hij had verteld dat hij homo is."),
    (X, "Aangeefster verklaarde dat de garagehouder weigerde haar te helpen met de woorden: 'Van auto's heeft een vrouw geen verstand.'"),
    (T, "De huisarts weigerde melder door te verwijzen omdat hij 'niet meewerkt aan die transgenderonzin'."),
]

REG_STATEMENT = [  # hostile statements, threats, daubings, online posts
    (G, "Op de gevel van de moskee aan de Insulindeweg werd in de nacht van 3 op 4 mei met rode verf 'Islam = kanker' gekalkt."),
    (G, "Bij de ingang van de moskee werd een varkenskop aangetroffen met een briefje: 'Moslims oprotten'."),
    (A, "Op de muur van de synagoge in de Lekstraat werden in de nacht drie hakenkruisen gespoten."),
    (H, "In de Telegramgroep 'Nederland Wordt Wakker' plaatste verdachte een bericht dat alle asielzoekers bij de grens afgeknald moeten worden."),
    (S, "Verdachte riep tijdens de demonstratie door een megafoon dat homo's ziek zijn en genezen moeten worden."),
    (S, "Op een bankje in het Vondelpark was met stift geschreven: 'Dood aan de flikkers'."),
    (H, "Melder ontving een anonieme brief met de tekst: 'Wij weten waar je woont, Turkse hond. Je gezin is hier niet veilig.'"),
    (H, "In een reactie op de Facebookpagina van de gemeente schreef verdachte: 'Stop die Afghanen in een kamp en gooi de sleutel weg.'"),
    (A, "Verdachte schreeuwde op het Stationsplein dat de joden de wereld regeren en dat Hitler gelijk had."),
    (H, "Op het raam van de toko aan de Kinkerstraat was een briefje geplakt: 'Corona-Chinezen, rot op naar jullie land.'"),
    (H, "In de groepsapp van de buurtpreventie schreef een bewoner dat die zigeuners desnoods met honkbalknuppels de wijk uit gejaagd moeten worden."),
    (G, "Verdachte dreigde in een voicemail aan de imam de moskee in de fik te steken."),
    (S, "Tijdens de botenparade hield een man op de kade een bord omhoog met de tekst 'Homo's naar de hel'."),
    (X, "Op TikTok plaatste verdachte een video waarin hij zegt dat vrouwen geen rechten verdienen en hun bek moeten houden."),
    (S, "Een bewoner van de Regenboogstraat trof op zijn voordeur de tekst 'geen homo's in onze straat' aan."),
    (H, "Verdachte zei tegen de wijkagent dat al die Syriërs een stelletje parasieten zijn die van onze belasting leven."),
    (D, "In een tweet schreef verdachte dat gehandicapten een last zijn voor de maatschappij en beter niet geboren hadden kunnen worden."),
    (G, "Op de abri bij halte Keizersgracht zat een sticker met de tekst 'Stop de islamisering, remigratie nu'."),
    (T, "Verdachte zei tegen de transvrouw achter de balie: 'Mensen zoals jij zijn ziek in hun hoofd en horen in een gesticht.'"),
    (H, "In een e-mail aan de school schreef een ouder dat hij geen les wil voor zijn kind van die zwarte juf, omdat zwarten niet kunnen lesgeven."),
    (A, "Melder trof op haar voordeur een getekende davidster aan met daaronder de tekst 'Jullie zijn de volgende'."),
    (A, "Verdachte plaatste in een Facebookgroep een foto van een gaskamer met de tekst 'hier horen de joden'."),
    (H, "Tijdens een ruzie in de trein riep verdachte tegen een groep Marokkaanse jongeren: 'Jullie horen allemaal in de bak, stelletje tuig.'"),
    (H, "Op de muur van het azc aan de Papendorpseweg werd 'AZC = kankerzooi, opzouten' gespoten."),
    (H, "Een groep jongeren trok door de Beekstraat en riep 'Polen de wijk uit' voor de woningen van arbeidsmigranten."),
    (H, "In een Discord-server deelde verdachte memes waarin zwarte mensen als apen worden afgebeeld."),
    (S, "Verdachte schreef onder de vlog van melder: 'Lesbiennes zijn een vergissing van de natuur, ik hoop dat je overreden wordt.'"),
    (G, "Bij het buurthuis, waar een iftar werd gehouden, werden spandoeken opgehangen met de tekst 'Geen moskee in onze wijk'."),
    (S, "Verdachte riep tegen melder en haar vrouw: 'Jullie soort moet je afschieten.'"),
    (S, "Op de regenboogzebra aan het Regenboogplein werd met zwarte verf 'LHBT = pedo' geschreven."),
    (A, "Op een lantaarnpaal aan de Van Woustraat hing een poster met de tekst 'De joden zijn ons ongeluk'."),
    (L, "In een reactie onder een YouTube-video schreef verdachte dat ouderen in verzorgingshuizen maar beter dood kunnen gaan, dat scheelt geld."),
    (D, "Verdachte zei tegen de buurvrouw met autisme: 'Mensen zoals jij hadden ze vroeger weggestopt in een inrichting.'"),
    (A, "Een groep supporters zong in de trein naar Rotterdam: 'Wie niet springt, die is een jood.'"),
    (H, "Op de schutting van de Turkse bakkerij aan de Amsterdamsestraatweg werd 'Turken = tuig' gespoten."),
    (H, "Tijdens de wijkraadvergadering zei verdachte dat Antillianen alleen maar hier komen om te stelen en te dealen."),
    (H, "Verdachte plaatste in een buurtgroep een oproep om die Bulgaren met geweld uit de flat aan de Vaillantlaan te halen."),
    (H, "In een privébericht aan melder schreef verdachte: 'Vuile Somaliër, ik steek je neer als ik je zie.'"),
    (G, "Op de deur van de kerk van de Pinkstergemeente werd 'christenhonden' gekalkt."),
    (D, "In de schoolapp schreef een leerling dat alle autisten vergast moeten worden."),
    (H, "Verdachte liep met een vlag met een Keltisch kruis langs de moskee en bracht daarbij de Hitlergroet."),
    (H, "Verdachte twitterde dat vluchtelingen verkrachters zijn en allemaal op een boot terug moeten."),
    (A, "In het toilet van het stadion stond met stift geschreven: 'Joden = kanker'."),
    (S, "Op het whiteboard van lokaal 2.14 had iemand geschreven: 'Homo's zijn vies en ziek'."),
    (H, "Verdachte riep tegen melder, een Chinese studente: 'Jullie vreten honden, smerig volk.'"),
    (G, "In een Telegramkanaal riep verdachte op om de wijk te zuiveren van moslims."),
    (A, "Verdachte stuurde de burgemeester een brief waarin stond dat de joodse elite Nederland vergiftigt en gestopt moet worden."),
    (S, "Bij de regenboogvlag aan het gemeentehuis werd een briefje gevonden: 'Regenboogtuig, jullie worden opgeruimd'."),
    (X, "Verdachte zei tegen de vrouwelijke buschauffeur dat vrouwen niet kunnen rijden en thuis achter het fornuis horen."),
    (H, "Een buurman zei tegen melder, die uit Eritrea komt: 'Ga terug naar je hut in Afrika, aap.'"),
    (S, "In een filmpje op Snapchat zeggen twee jongens dat ze vanavond in het park 'een homo gaan rammen'."),
    (H, "Op de auto van de Poolse buurman werd 'Polen oprotten' gekrast."),
    (D, "Verdachte schreef op een forum dat mensen met het syndroom van Down uitgeroeid moeten worden."),
    (X, "Verdachte stuurde melder na haar afwijzing berichten als 'wijven zoals jij moet je gewoon verkrachten'."),
    (G, "Een man riep in de metro tegen een vrouw met een hoofddoek dat alle moslims terroristen zijn en het land uit moeten."),
    (H, "Op de muur bij het asielzoekerscentrum werd 'Afghanen = ongedierte' gespoten."),
    (T, "In een reactie op het nieuws over een transgender leraar schreef verdachte: 'Dat soort zieke mensen moet je van kinderen weghouden, ophangen die handel.'"),
    (L, "Een jongen duwde de 80-jarige melder van de stoep en riep dat 'die ouwe lijken' plaats moeten maken."),
]

REG_NEUTRAL = [  # (label, text)
    ("herkomst", "Signalement verdachte: man, ongeveer 25 jaar, Noord-Afrikaans uiterlijk, zwart trainingspak, rood petje."),
    ("herkomst", "Aangever, de heer M. El Idrissi, van Marokkaanse afkomst, verklaarde dat zijn scooter in de nacht van 12 op 13 juni uit de gemeenschappelijke berging is gestolen."),
    ("herkomst", "Ter plaatse troffen wij een Poolse vrachtwagenchauffeur aan die met zijn oplegger een lantaarnpaal had geraakt; er was geen letsel."),
    ("herkomst", "Verdachte, een 31-jarige man met de Turkse nationaliteit, werd aangehouden op verdenking van winkeldiefstal bij de Action."),
    ("herkomst", "De bestuurder van de taxi, een Surinaamse man van middelbare leeftijd, verklaarde dat de passagier zonder te betalen was weggerend."),
    ("herkomst", "Melder, een Syrische statushouder, meldde dat zijn bovenbuurman al weken 's nachts harde muziek draait."),
    ("herkomst", "Getuige beschreef de dader als een lange, donkere man met een baard en een grijze hoodie."),
    ("herkomst", "Aangeefster, geboren op Curaçao, verklaarde dat haar bankpas bij een geldautomaat aan de Bijlmerdreef was geskimd."),
    ("herkomst", "De Chinese eigenaar van het restaurant aan de Zeedijk meldde een inbraak; de kassa was opengebroken."),
    ("herkomst", "Het slachtoffer, een Eritrese jongen van 17 jaar, werd met een snijwond aan zijn hand naar het ziekenhuis gebracht na een ruzie met een klasgenoot over een fiets."),
    ("herkomst", "Verdachte sprak Arabisch en Nederlands; een tolk was niet nodig."),
    ("herkomst", "De twee Roemeense mannen werden aangehouden voor zakkenrollerij op de Albert Cuypmarkt."),
    ("herkomst", "Melder, van Afghaanse komaf, verklaarde dat zijn fiets met een betonschaar was losgeknipt bij station Leiden Centraal."),
    ("herkomst", "Verdachte werd herkend door de wijkagent: een 19-jarige Antilliaanse jongen uit de Kolenkitbuurt."),
    ("herkomst", "Aangever, een Oekraïense vluchteling die sinds maart in de opvang aan de Vlaardingerdijk woont, meldde de diefstal van zijn telefoon."),
    ("herkomst", "De Somalische moeder meldde dat haar zoon van 14 niet was thuisgekomen; hij werd later bij een vriend aangetroffen."),
    ("herkomst", "Getuige Janssen zag een blanke man van rond de 40 met een kaal hoofd wegfietsen richting de Korte Lijnbaan."),
    ("herkomst", "De Bulgaarse bouwvakkers verklaarden dat hun werkgever hun loon al twee maanden niet had uitbetaald."),
    ("herkomst", "Melder, een Indonesische vrouw van 72, kreeg een nepbrief van de 'Belastingdienst' en maakte 800 euro over."),
    ("herkomst", "De verdachte van de woninginbraak, een Marokkaanse Nederlander, werd na een achtervolging op de A4 aangehouden."),
    ("herkomst", "Aangever, Ghanees van origine, meldde dat zijn auto op de Flierbosdreef was aangereden door een onbekende bestuurder."),
    ("herkomst", "Verdachte, een asielzoeker uit het aanmeldcentrum in Ter Apel, werd aangehouden voor het stelen van een fiets."),
    ("herkomst", "De Turkse bakker aan de Kanaalstraat meldde dat er valse biljetten van 50 euro in zijn kassa zaten."),
    ("herkomst", "Melder, een Koerdische man, verklaarde dat hij op de A2 door een bestuurder was gesneden en bijna een ongeluk kreeg."),
    ("herkomst", "Het signalement luidde: vrouw, 30 tot 35 jaar, Aziatisch uiterlijk, lang zwart haar, beige jas."),
    ("herkomst", "De Nigeriaanse student meldde dat iemand met zijn gegevens een telefoonabonnement had afgesloten."),
    ("herkomst", "Verdachte verklaarde dat hij in Marokko geboren is en sinds zijn tiende in Nederland woont."),
    ("herkomst", "De tolk Tigrinya was telefonisch aanwezig tijdens het verhoor van de Eritrese getuige."),
    ("herkomst", "Melder, een Hindoestaanse vrouw, meldde dat haar kleinzoon op Instagram werd lastiggevallen door een onbekende."),
    ("herkomst", "Er werd een Moluks gezin geëvacueerd vanwege een brand in de flat aan de Schepenenlaan."),
    ("herkomst", "Twee Polen raakten slaags na een avond drinken in het pension; beiden werden aangehouden voor openlijke geweldpleging."),
    ("herkomst", "Aangever, een Iraanse vluchteling, verklaarde dat zijn portemonnee in tram 5 uit zijn jaszak was gerold."),
    ("herkomst", "De bestuurder, een Duitse toerist, reed met zijn camper tegen een paaltje op de Dam."),
    ("herkomst", "Het Mongoolse restaurant aan de Markt meldde dat er in de nacht was ingebroken via het keukenraam."),
    ("herkomst", "De Afrikaanse kapper aan de Beverwijkstraat meldde vernieling van zijn etalageruit door een dronken klant."),
    ("herkomst", "Melder, een Chinese studente, werd via WhatsApp opgelicht door iemand die zich voordeed als haar neef."),
    ("herkomst", "Aangeefster, een zwarte vrouw van 29, werd in het uitgaansgebied door haar ex-vriend bij de arm gegrepen."),
    ("herkomst", "De Marokkaanse jongens op het Mercatorplein werden door de boa's aangesproken op het achterlaten van afval."),
    ("herkomst", "Verdachte, van Antilliaanse afkomst, werd gehoord over de schietpartij; hij ontkent iedere betrokkenheid."),
    ("herkomst", "De buitenlandse vrachtwagenchauffeur kon geen vrachtbrief tonen en kreeg een boete."),
    ("groep_incident", "Verdachte, een Turkse man van 45, dreigde zijn buurman dood te maken na een ruzie over een schutting."),
    ("groep_incident", "De Marokkaanse aangever verklaarde dat hij door zijn zwager met een mes werd bedreigd tijdens een ruzie over geld."),
    ("groep_incident", "Melder, een Poolse vrouw, werd door haar ex-partner geslagen en uitgescholden."),
    ("groep_incident", "Een Surinaamse taxichauffeur werd door een dronken klant mishandeld na een ruzie over de ritprijs."),
    ("groep_incident", "De Syrische eigenaar van de shoarmazaak werd bedreigd door een klant die zijn bestelling te koud vond."),
    ("groep_incident", "De Afghaanse jongen werd op school gepest omdat hij een bril draagt en slecht kan voetballen."),
    ("groep_incident", "Verdachte, een Ghanese man, schold de controleur uit nadat hij zonder kaartje werd betrapt."),
    ("groep_incident", "Een oudere vrouw werd bij de pinautomaat aan de Hoogstraat bedreigd met een mes en beroofd van 200 euro."),
    ("groep_incident", "De homoseksuele man verklaarde dat zijn ex-partner hem al maanden stalkt en dreigt zijn auto in brand te steken."),
    ("groep_incident", "Melder, een vrouw van 34, verklaarde dat haar buurman dreigde haar hond dood te maken."),
    ("groep_incident", "Twee Eritrese mannen kregen in het azc ruzie over een telefoon; één van hen werd met een stoel geslagen."),
    ("groep_incident", "De moslima verklaarde dat haar man haar had geslagen en gedreigd haar te vermoorden als zij zou vertrekken."),
    ("groep_incident", "De joodse eigenaar van de juwelierszaak werd overvallen; de daders bedreigden hem met een vuurwapen en namen sieraden mee."),
    ("groep_incident", "Een transvrouw meldde dat haar huisgenoot haar spullen had vernield na een ruzie over de huur."),
    ("groep_incident", "Verdachte, een Antilliaanse man, bedreigde de portier met de woorden 'ik maak je af' nadat hij wegens dronkenschap niet binnen mocht."),
    ("groep_incident", "De Chinese restauranthouder werd door zijn concurrent bedreigd tijdens een ruzie over een parkeerplaats."),
    ("groep_incident", "Aangever, een Marokkaanse vader, verklaarde dat zijn zoon door een groep jongens was geslagen om zijn telefoon af te pakken."),
    ("groep_incident", "Een bejaarde man werd in zijn woning overvallen door twee mannen die zich voordeden als monteurs."),
    ("groep_incident", "De slechtziende melder verklaarde dat een fietser hem had uitgescholden nadat hij per ongeluk op het fietspad liep."),
    ("groep_incident", "Een Turkse en een Koerdische familie kregen ruzie op de bruiloft; er werden stoelen gegooid en twee mannen werden aangehouden."),
    ("plek", "Op zondag 7 april omstreeks 11:40 uur werd bij de Sint-Bavokerk een fiets gestolen die niet op slot stond."),
    ("plek", "De aanrijding vond plaats op de kruising van de Maasstraat en de Burgemeester Stamlaan, tegenover de Ulu-moskee."),
    ("plek", "Ter plaatse troffen wij bij de synagoge aan de Jacob Obrechtstraat een geparkeerde auto met een ingeslagen zijruit aan."),
    ("plek", "Melder, koster van de Nieuwe Kerk, meldde dat de collectebus uit de hal was weggenomen."),
    ("plek", "Na het vrijdaggebed ontstond bij de moskee aan de Joubertstraat een verkeersopstopping; de verkeersregelaars hadden het onder controle."),
    ("plek", "In de pastorie van de Heilig Hartkerk werd ingebroken; er werden een laptop en een kandelaar weggenomen."),
    ("plek", "Bij de moskee in de Transvaalbuurt werd een vrouw met een scootmobiel aangereden door een bestelbus."),
    ("plek", "De wijkagent woonde op uitnodiging van het moskeebestuur de open dag van de Mevlana-moskee bij."),
    ("plek", "Op het parkeerterrein van de Gereformeerde Kerk aan de Wilhelminalaan werd een katalysator onder een auto vandaan gezaagd."),
    ("plek", "Melder belde omdat de klokken van de Martinikerk 's nachts bleven luiden; een storing bleek de oorzaak."),
    ("plek", "Tijdens de avondwake in de Dorpskerk werd een tas van een bezoeker gestolen."),
    ("plek", "Bij het Joods Museum en de Portugese Synagoge werd tijdens de herdenking extra politie ingezet; het verliep rustig."),
    ("plek", "De brandweer werd gealarmeerd voor rookontwikkeling in de keuken van de moskee; een pan met olie had vlam gevat."),
    ("plek", "Een man viel van zijn fiets op de kinderkopjes voor de Pieterskerk en brak zijn pols."),
    ("plek", "De hindoetempel aan de Zonnebloemstraat meldde dat er 's nachts iemand in de tuin had geslapen."),
    ("plek", "Verdachte werd bij de Grote Kerk aangehouden na een melding van openbare dronkenschap."),
    ("plek", "Melder parkeerde haar auto bij de moskee aan de Van Heenvlietlaan en trof bij terugkomst een kras over de motorkap aan."),
    ("plek", "In de Jodenbreestraat werd een toerist beroofd van zijn camera."),
    ("plek", "De brandweer bluste een containerbrand naast de kerk aan de Hoofdstraat; de oorzaak is onbekend."),
    ("plek", "De imam van de Al-Fourkaan-moskee meldde dat de regenpijp van het gebouw was losgetrokken, vermoedelijk door de storm."),
    ("plek", "Tijdens de ramadan werd bij de moskee aan de Kanaalweg extra gesurveilleerd vanwege de drukte rond het avondgebed."),
    ("plek", "Twee fietsers botsten op het fietspad bij de Sint-Janskathedraal; één van hen raakte lichtgewond."),
    ("plek", "De rabbijn van de synagoge in Amstelveen meldde dat een bezoeker onwel was geworden tijdens de dienst."),
    ("plek", "Bij de Evangelische Gemeente De Rots werden drie fietsen uit de stalling gestolen."),
    ("plek", "Op het kerkhof van de Oude Kerk werden na de storm van zaterdag omgevallen grafstenen aangetroffen."),
    ("plek", "Een automobilist reed tijdens de kerkdienst in op het hek van de Sint-Nicolaasbasiliek."),
    ("plek", "Melder meldde dat jongeren op het schoolplein naast de moskee met vuurwerk gooiden; bij aankomst waren zij vertrokken."),
    ("plek", "De sleutelbos van de koster werd teruggevonden in de brievenbus van de kerk aan de Kerkstraat."),
    ("plek", "Het moskeebestuur aan de Piet Heinstraat vroeg om extra toezicht tijdens het Offerfeest vanwege de verwachte drukte."),
    ("plek", "In het wijkcentrum naast de synagoge werd een kluis opengebroken; er zijn geen verdachten."),
    ("regenboog", "Op dinsdag 3 september omstreeks 07:55 uur vond een aanrijding plaats op het Regenboogplein tussen een fietser en een bestelbus."),
    ("regenboog", "Melder, woonachtig aan de Regenboogstraat 14, verklaarde dat er in de nacht een bloempot van zijn balkon was gestolen."),
    ("regenboog", "Er werd ingebroken in basisschool De Regenboog aan de Merelstraat; er werden tablets weggenomen."),
    ("regenboog", "De bewoner van de Regenbooglaan 8 meldde overlast van een blaffende hond bij de buren."),
    ("regenboog", "Ter plaatse op de Regenboogweg troffen wij een auto aan die tegen een boom was gereden; de bestuurder bleek onder invloed."),
    ("regenboog", "Bij kinderopvang Regenboogje aan de Kastanjelaan werd een kinderwagen uit de gang gestolen."),
    ("regenboog", "De regenboogzebra bij het gemeentehuis werd opnieuw geschilderd; een automobilist negeerde de wegafzetting."),
    ("regenboog", "Melder zag op het Regenboogpad een man die in auto's keek en aan portieren trok."),
    ("regenboog", "In de flat aan de Regenboogsingel brak brand uit in een keuken; de bewoners werden geëvacueerd."),
    ("regenboog", "De winkelier aan het Regenboogplein meldde dat zijn etalage was beklad met graffiti-tags."),
    ("regenboog", "Bij het Regenboogpark werd een scooter met valse kentekenplaten aangetroffen."),
    ("regenboog", "De vlag met regenboogkleuren aan het gemeentehuis was door de wind gescheurd en werd door de bode vervangen."),
    ("regenboog", "Melder, wonend aan de Regenboogstraat, verklaarde dat haar ex-partner zich niet houdt aan het contactverbod."),
    ("regenboog", "Een fietser kwam ten val op het Regenboogplein door gladheid; hij werd met een ambulance afgevoerd."),
    ("regenboog", "Tijdens de Pride Walk in het centrum werd een portemonnee gestolen uit de tas van een deelnemer."),
    ("regenboog", "Bij het COC-gebouw aan de Rozenstraat werd een fiets uit de stalling gestolen."),
    ("regenboog", "De organisatie van de Roze Zaterdag meldde vooraf de route; er werden verkeersmaatregelen genomen."),
    ("regenboog", "Twee vrouwen, een getrouwd stel, meldden dat hun auto aan de Regenbooglaan was opengebroken."),
    ("regenboog", "Het homostel uit de Kerkstraat meldde dat hun schuur was leeggehaald; er werd gereedschap weggenomen."),
    ("regenboog", "Op het Regenboogplein werd een man aangehouden die een fiets probeerde te verkopen die als gestolen stond geregistreerd."),
    ("handicap", "Melder, die in een rolstoel zit, verklaarde dat een onbekende man zijn tas van de handvatten had getrokken."),
    ("handicap", "Getuige is slechtziend en kon de dader daarom niet goed beschrijven."),
    ("handicap", "Verdachte heeft een licht verstandelijke beperking; bij het verhoor was een begeleider aanwezig."),
    ("handicap", "Op de gehandicaptenparkeerplaats voor de apotheek stond een auto zonder kaart; de bestuurder kreeg een bekeuring."),
    ("handicap", "Aangever is doof; het verhoor vond plaats met een gebarentolk."),
    ("handicap", "Een man in een scootmobiel werd op het zebrapad aangereden door een automobilist die door rood reed."),
    ("handicap", "De bewoner van de woonvoorziening voor mensen met autisme was vermist en werd 's avonds in het park aangetroffen."),
    ("handicap", "Melder, blind, meldde dat zijn geleidehond uit de tuin was ontsnapt."),
    ("handicap", "Een gehandicapte jongen werd als getuige gehoord over de vechtpartij bij de bushalte; hij zag twee mannen wegrennen."),
    ("handicap", "De rolstoelbus van de zorginstelling werd geraakt door een vrachtwagen op de N201."),
    ("handicap", "Aangeefster, die het syndroom van Down heeft, kwam samen met haar moeder aangifte doen van diefstal van haar fiets."),
    ("handicap", "De buurman van melder, een man met een lichamelijke beperking, kon niet zelf de deur openen; de brandweer verschafte toegang."),
    ("handicap", "Tijdens de controle bleek de bestuurder epilepsie te hebben; hij had geen geldig rijbewijs."),
    ("handicap", "Melder, slechthorend, had de rookmelder niet gehoord; de buren waarschuwden de brandweer."),
    ("handicap", "Een invalide man meldde dat zijn driewielfiets uit de fietsenstalling was gestolen."),
    ("handicap", "De dove vrouw deed via de chatfunctie van 112 melding van een inbraak."),
    ("handicap", "In de zorginstelling voor verstandelijk gehandicapten werd een medewerker verdacht van diefstal van zakgeld van bewoners."),
    ("handicap", "Aangever heeft ADHD en gaf aan dat hij het verhoor liever in korte delen wilde doen."),
    ("handicap", "Een autistische jongen raakte in paniek in de trein; de conducteur belde de politie om te helpen."),
    ("handicap", "Melder, een oorlogsveteraan met één been, deed aangifte van oplichting via een valse webwinkel."),
    ("handicap", "De rolstoelgebruiker werd op het station door de agenten geholpen toen de lift defect was."),
    ("handicap", "Verdachte is bekend met psychische problemen en werd overgedragen aan de GGZ."),
    ("handicap", "De blinde vrouw werd op de markt beroofd van haar portemonnee; de dader is onbekend."),
    ("handicap", "Een slechtziende fietser reed tegen een paaltje op de Nieuwe Binnenweg."),
    ("handicap", "De dochter van melder, die een handicap heeft, werd door de taxi van het zorgvervoer niet opgehaald door een planningsfout."),
    ("leeftijd", "Een 84-jarige vrouw werd telefonisch opgelicht door iemand die zich voordeed als bankmedewerker."),
    ("leeftijd", "De bejaarde man was verward en werd door de agenten naar zijn woning in het seniorencomplex gebracht."),
    ("leeftijd", "In de seniorenflat aan de Lindenhof werd ingebroken bij drie ouderen terwijl zij bij de bingo waren."),
    ("leeftijd", "Twee jongeren van 15 en 16 jaar werden aangehouden voor het vernielen van een bushokje."),
    ("leeftijd", "Melder, 91 jaar, viel in haar badkamer en kon niet meer opstaan; de agenten verschaften zich toegang."),
    ("leeftijd", "De ouderen van het verzorgingshuis kregen voorlichting over babbeltrucs aan de deur."),
    ("leeftijd", "Een oudere man op een scootmobiel raakte van de weg en belandde in de sloot."),
    ("leeftijd", "Aangever, een 70-plusser, verklaarde dat zijn pinpas was gestolen door een man die hem 'hielp' bij de automaat."),
    ("leeftijd", "De jongens van rond de 12 jaar gooiden stenen naar de trein; hun ouders werden ingelicht."),
    ("leeftijd", "De 66-jarige bestuurder verklaarde dat hij de fietser niet had gezien door de laagstaande zon."),
    ("leeftijd", "Tijdens het buurtgesprek klaagden de senioren over hangjongeren bij de ingang van de flat."),
    ("leeftijd", "Een demente vrouw werd 's nachts op straat aangetroffen en teruggebracht naar het verpleeghuis."),
    ("leeftijd", "Melder, een oude buurman, had al dagen niemand gezien bij de woning naast hem."),
    ("leeftijd", "De bus van het zorgcentrum werd aangereden; er raakte niemand gewond."),
    ("leeftijd", "De 17-jarige bestuurder van de scooter had geen rijbewijs en werd naar huis gestuurd."),
    ("geslacht", "Een vrouw van 42 meldde dat haar auto op het parkeerterrein van de IKEA was opengebroken."),
    ("geslacht", "De zwangere bestuurster van de personenauto werd na de aanrijding voor controle naar het ziekenhuis gebracht."),
    ("geslacht", "Melder, moeder van twee kinderen, verklaarde dat haar ex-man de kinderen niet had teruggebracht."),
    ("geslacht", "De vrouwen van de hardloopgroep meldden dat zij in het park een man zagen die zich vreemd gedroeg."),
    ("geslacht", "Aangeefster verklaarde dat een onbekende vrouw haar tas van de bagagedrager van haar fiets had gegrist."),
    ("geslacht", "In de vrouwenopvang werd een bewoonster als vermist opgegeven; zij werd later bij familie aangetroffen."),
    ("geslacht", "De twee meisjes van 14 werden aangehouden voor winkeldiefstal in de Hema."),
    ("geslacht", "Een vrouwelijke agent werd tijdens een aanhouding gebeten; verdachte werd aangehouden voor mishandeling."),
    ("geslacht", "De vrouw met de kinderwagen werd op het zebrapad bijna aangereden door een scooter."),
    ("geslacht", "Melder, een transgender man, verklaarde dat zijn portemonnee in de tram uit zijn jaszak was gestolen."),
    ("overig", "Tijdens de voorlichting op het ROC legde de wijkagent uit wat discriminatie is en hoe je er melding van maakt."),
    ("overig", "De zwarte BMW met Duits kenteken reed met hoge snelheid over de Coolsingel en werd later op de A16 stilgezet."),
    ("overig", "Verdachte droeg een zwarte hoodie, een zwarte broek en zwarte sneakers."),
    ("overig", "Melder verklaarde dat zij haar nicht had gevraagd op het huis te passen tijdens de vakantie."),
    ("overig", "In de keuken van het restaurant viel een pot met hete olie om; een medewerker liep brandwonden op."),
    ("overig", "De teef van de buren heeft melder in haar kuit gebeten; de eigenaar is aangesproken."),
    ("overig", "De poot van de tafel brak af toen verdachte erop ging staan om bij de camera te komen."),
    ("overig", "Melder verklaarde dat haar zoon door een klasgenoot werd uitgescholden voor 'sukkel' en 'loser'."),
    ("overig", "Verdachte verklaarde dat hij zijn buurman haat sinds die zijn auto heeft beschadigd."),
    ("overig", "De scheidsrechter werd na de wedstrijd door een speler uitgescholden en geduwd; de club heeft de speler geschorst."),
    ("overig", "Melder trof een dode kat in zijn tuin aan en vermoedt dat de buurman het dier heeft vergiftigd."),
    ("overig", "De supporters van de bezoekende club zongen spreekkoren over de scheidsrechter en gooiden bekers bier op het veld."),
    ("overig", "Verdachte zei tegen de agenten: 'Ik maak jullie allemaal af', en werd aangehouden voor bedreiging."),
    ("overig", "De eigenaar liet zijn hond loslopen in het park; een kind werd in de arm gebeten."),
    ("overig", "Melder werd door een onbekende uitgescholden voor 'klootzak' nadat hij de man had aangesproken op zijn rijgedrag."),
    ("overig", "Verdachte bedreigde de medewerker van de gemeente met een schaar toen zijn uitkering werd stopgezet."),
    ("overig", "De ratten in de kelder van de flat zijn een plaag, aldus de bewoners; de gemeente is ingelicht."),
    ("overig", "Melder kreeg op het station een gratis Bounty-reep aangeboden en vertrouwde het niet; het bleek een promotieactie."),
    ("overig", "Volgens de buurtbewoners is de hangplek bij het winkelcentrum een plaag; de jongeren laten er afval en lachgas achter."),
    ("overig", "De man schreeuwde tegen zijn vrouw dat hij haar dood zou maken; de agenten hebben hem meegenomen naar het bureau."),
]


def registrations():
    rows = []
    for kind, items in (("scheldwoord", REG_SLUR), ("motief", REG_MOTIVE), ("uitspraak", REG_STATEMENT)):
        for ground, text in items:
            rows.append((ground, text, kind))
    for label, text in REG_NEUTRAL:
        rows.append(("-", text, "neutraal-" + label))
    return rows


# --- HateCheck-style statements ------------------------------------------------------------

# group label: (ground, plural forms)
GROUPS = {
    "marokkanen": (H, ["Marokkanen"]),
    "afghanen": (H, ["Afghanen"]),
    "oekrainers": (H, ["Oekraïners"]),
    "chinezen": (H, ["Chinezen"]),
    "syriers": (H, ["Syriërs"]),
    "zwarten": (H, ["zwarte mensen", "donkere mensen", "negers"]),
    "vluchtelingen": (H, ["vluchtelingen", "asielzoekers", "statushouders"]),
    "joden": (A, ["joden", "joodse mensen"]),
    "moslims": (G, ["moslims", "moslima's", "islamieten"]),
    "homos": (S, ["homo's", "homoseksuelen", "homomannen"]),
    "lesbiennes": (S, ["lesbiennes", "lesbische vrouwen"]),
    "biseksuelen": (S, ["biseksuelen"]),
    "trans": (T, ["transgenders", "transvrouwen", "non-binaire mensen"]),
    "vrouwen": (X, ["vrouwen", "meiden"]),
    "gehandicapten": (D, ["gehandicapten", "mensen in een rolstoel", "autisten", "doven"]),
    "ouderen": (L, ["ouderen", "bejaarden", "gepensioneerden"]),
}

# Hateful templates; the word in [brackets] is the hostility word a spelling trick may target.
HATE = [
    "Ik [verafschuw] {g} met heel mijn hart.",
    "Ik heb een [bloedhekel] aan {g}.",
    "{G} zijn de [vuilste] wezens op aarde.",
    "{G} zijn net [ratten], ze zitten overal.",
    "Iemand moet die {g} eens flink [neerknallen].",
    "We moeten {g} ons land uit [schoppen].",
    "{G} hebben hier niets te [zoeken].",
    "{G} zijn een [kankergezwel] in onze samenleving.",
    "Ik word [kotsmisselijk] van {g}.",
    "{G} zijn te [dom] om te leven.",
    "{G} zijn minder [waard] dan een hond.",
    "Zet alle {g} op een boot en laat ze [zinken].",
    "{G} horen in een [kamp] achter prikkeldraad.",
    "Laat die {g} maar [creperen].",
    "{G} zijn compleet [waardeloos].",
    "Ik [spuug] op {g}.",
    "Alle {g} moeten [branden].",
    "{G} zijn vies [gespuis].",
    "Schiet die {g} allemaal [overhoop].",
    "{G} verdienen geen enkel [recht].",
    "{G} zijn gevaarlijke [roofdieren].",
    "Ik wil dat alle {g} [verdwijnen].",
    "[Weg] met al die {g}!",
    "{G} zijn [hersenloze] zombies.",
    "Ik moet [kotsen] van {g}.",
    "Je mag {g} gewoon in elkaar [trappen].",
    "{G} zijn geboren [criminelen].",
    "{G} zouden [gesteriliseerd] moeten worden.",
    "{G} zijn een [virus] dat je moet bestrijden.",
    "{G}? Die moeten ze allemaal [ophangen].",
    "Ik kan {g} echt niet [luchten] of zien.",
    "{G} zijn het [afschaamsel] van de mensheid.",
    "{G} zijn achterlijke [barbaren].",
    "Het wordt tijd om die {g} te [verdelgen].",
    "Ik gun {g} de [pest].",
    "{G} zijn [walgelijke] wezens.",
    "Jullie {g} zijn echt het [laagste] van het laagste.",
    "{G} mogen van mij allemaal [verrekken].",
    "{G} zijn niet meer dan [dieren].",
    "Die {g} moet je met een [knuppel] de wijk uit jagen.",
    "Ik ben die {g} [spuugzat].",
    "{G} zijn [vuil] en lui.",
]

TRICKS = ["weggelaten", "verwisseld", "verdubbeld", "aaneen", "spaties", "cijfers", "tekens"]
LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7", "g": "9"}
SIGNS = {"a": "@", "s": "$", "i": "!", "o": "*"}


def trick(word, kind):
    idx = [i for i, c in enumerate(word) if c.isalpha()]
    if kind == "weggelaten" and len(idx) >= 4:
        i = rng.choice(idx[1:-1])
        return word[:i] + word[i + 1:]
    if kind == "verwisseld":
        cand = [i for i in idx[1:-2] if word[i + 1].isalpha() and word[i] != word[i + 1]]
        if cand:
            i = rng.choice(cand)
            return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    if kind == "verdubbeld" and len(idx) >= 3:
        i = rng.choice(idx[1:-1])
        return word[:i] + word[i] + word[i:]
    if kind == "spaties":
        return " ".join(c for c in word if c != " ")
    if kind in ("cijfers", "tekens"):
        table = LEET if kind == "cijfers" else SIGNS
        cand = [i for i in idx if word[i].lower() in table]
        rng.shuffle(cand)
        n = 2 if kind == "cijfers" else 1
        chars = list(word)
        for i in cand[:n]:
            chars[i] = table[word[i].lower()]
        return "".join(chars)
    return word


def apply_trick(template, form, kind):
    """Returns the template filled with form and the trick applied to the group word or,
    in about half the cases, to the hostility word."""
    hw = template[template.index("[") + 1:template.index("]")]
    on_group = rng.random() < 0.5
    g = form
    if kind == "aaneen":
        text = fill(template, form)
        target = form if on_group else hw
        i = text.lower().find(target.lower())
        # join the target with the word before it, or after it
        if i > 0 and text[i - 1] == " " and (rng.random() < 0.5 or i + len(target) >= len(text) or text[i + len(target)] != " "):
            return text[:i - 1] + text[i:]
        j = i + len(target)
        if j < len(text) and text[j] == " ":
            return text[:j] + text[j + 1:]
        return text
    if on_group:
        words = form.split(" ")
        k = max(range(len(words)), key=lambda n: len(words[n]))
        words[k] = trick(words[k], kind)
        g = " ".join(words)
        return fill(template, g)
    return fill(template.replace("[" + hw + "]", trick(hw, kind)), form)


def fill(template, form):
    t = template.replace("[", "").replace("]", "")
    cap = form[0].upper() + form[1:]
    return t.replace("{G}", cap).replace("{g}", form)


NEGATION = [
    "Ik haat {g} niet.",
    "Het is onzin dat {g} minderwaardig zouden zijn.",
    "{G} zijn geen ongedierte, het zijn gewoon mensen.",
    "Ik heb helemaal niets tegen {g}.",
    "Niemand mag zeggen dat {g} dood moeten.",
]
COUNTER = [
    "Als iemand zegt dat {g} tuig zijn, spreek ik hem daarop aan.",
    "Het is walgelijk hoe er in de kroeg over {g} wordt gepraat.",
    "\"{G} moeten oprotten\", riep hij; dat vind ik onacceptabel.",
    "Stop met die haat tegen {g}.",
    "Dat {g} hier worden uitgescholden, is een schande.",
]
POSITIVE = [
    "Ik ben trots op de {g} in ons team.",
    "{G} hebben net als iedereen recht op een veilig thuis.",
    "Mijn buren zijn {g} en ze helpen me altijd met boodschappen.",
    "De gemeente organiseert een informatieavond voor {g}.",
    "Veel {g} wonen al generaties in Nederland.",
    "Op het festival waren dit jaar veel {g}.",
    "{G} zijn van harte welkom in ons buurthuis.",
]

SLURS = [  # (ground, slur): person-directed, in new frames
    (H, "makak"), (H, "roetmop"), (H, "bosneger"), (H, "zwartjoekel"), (H, "negerin"), (H, "kutmocro"),
    (H, "zandneger"), (H, "pindachinees"), (H, "spleetoog"), (H, "polak"), (H, "zigeuner"), (H, "koelie"),
    (H, "bounty"), (H, "gelukszoeker"), (H, "kakkerlak"), (H, "woestijnrat"), (H, "apenkop"), (H, "nikker"),
    (G, "geitenneuker"), (G, "baardaap"), (G, "kopvod"), (G, "tapijtenduiker"), (G, "moslimhond"), (G, "talibaan"),
    (A, "rotjood"), (A, "smous"), (A, "jodenvarken"), (A, "kankerjood"),
    (S, "flikker"), (S, "homootje"), (S, "nicht"), (S, "poot"), (S, "mietje"), (S, "reetridder"), (S, "pot"),
    (S, "manwijf"), (S, "pottenlikker"),
    (T, "travo"), (T, "he-she"), (T, "shemale"), (T, "transje"),
    (X, "slet"), (X, "hoer"), (X, "teef"), (X, "kutwijf"), (X, "sloerie"),
    (D, "mongool"), (D, "spast"), (D, "debiel"), (D, "retard"), (D, "mongooltje"), (D, "downie"),
    (L, "ouwe bok"), (L, "kankerbejaarde"),
]
SLUR_FRAMES = [
    "Donder op, {s}!",
    "Wat moet je hier, {s}?",
    "Niemand wil jou hier, {s}.",
    "Moet je die {s} daar zien lopen.",
    "Zo'n {s} als jij verdient een pak slaag.",
]

NOGROUP = [
    "Ik heb een bloedhekel aan files op de A12.", "Die wespen moeten allemaal dood.",
    "Ik verafschuw mensen die hun hondenpoep laten liggen.", "Fraudeurs zijn het afschaamsel van de maatschappij.",
    "Zakkenrollers moet je gewoon opsluiten.", "Ik word kotsmisselijk van die reclame.",
    "Laat die muggen maar creperen.", "Alle kakkerlakken in de keuken moeten verdelgd worden.",
    "Ik spuug op die belastingverhoging.", "Die hooligans zijn echte barbaren.",
    "Politici zijn geboren leugenaars.", "Ik wil dat die bouwput verdwijnt.",
    "Weg met de files!", "Weg met die lelijke flat!",
    "Die scheidsrechter verdient een schop onder zijn kont.", "Die zwarte hond van de buren blaft de hele nacht.",
    "Mijn nicht is een echte schat.", "Zet de pot met soep op het vuur.",
    "De teef heeft zes puppy's gekregen.", "De poot van de stoel is gebroken.",
    "Dat pareltje van een huis staat te koop.", "Ik kreeg een cadeautje van mijn oma.",
    "Die bounty smaakte naar kokos.", "Ik haat het om vroeg op te staan.",
    "Die printer is compleet waardeloos.", "Stropers zijn walgelijke wezens.",
    "Ratten horen niet in een woonwijk.", "Schiet die zombies allemaal overhoop in het spel.",
    "Pedofielen moeten ze allemaal ophangen.", "Kindermisbruikers verdienen geen enkel recht.",
    "Dierenbeulen zijn het laagste van het laagste.", "Die tandarts is een sadist.",
    "Ik ben die regen spuugzat.", "De buurman is een ongelooflijke zeikerd.",
    "Hufters die fietsen stelen zijn gespuis.", "Wat een kutweer vandaag.",
    "Die belastingdienst kan de pest krijgen.", "Ik gun de inbrekers de pest.",
    "Zwartrijders moeten een flinke boete krijgen.", "De zwarte markt voor kaartjes moet worden aangepakt.",
    "Die oude auto moet naar de sloop.", "Ik walg van de stank van dat riool.",
    "Die jongens van de overkant zijn echte etterbakjes.", "Corrupte bankiers horen in de gevangenis.",
    "Het kabinet is een stel amateurs.", "Die spin op de muur is walgelijk.",
    "Mijn baas is op maandagochtend een hersenloze zombie.", "Ik haat dat nummer op de radio.",
    "Oplichters die ouderen beroven zijn het laagste wat er is.", "Die vossen moeten ze afschieten, ze pakken al mijn kippen.",
    "Vandalen die bushokjes slopen moeten ze laten creperen in de cel.", "Dat kutfilmpje van de gemeente is waardeloos.",
]


def hatecheck():
    rows = []
    names = list(GROUPS)
    for ti, t in enumerate(HATE):
        for gname in rng.sample(names, 6):
            ground, forms = GROUPS[gname]
            form = rng.choice(forms)
            rows.append((ground, fill(t, form), f"{gname}/gewoon"))
            kind = TRICKS[(ti + names.index(gname)) % len(TRICKS)]
            tricked = apply_trick(t, form, kind)
            if tricked != fill(t, form):
                rows.append((ground, tricked, f"{gname}/{kind}"))
    for si, (ground, s) in enumerate(SLURS):
        for fi in rng.sample(range(len(SLUR_FRAMES)), 2):
            rows.append((ground, SLUR_FRAMES[fi].replace("{s}", s), "scheldwoord/gewoon"))
    for kind, tpls, n in (("ontkenning", NEGATION, 4), ("tegenspraak", COUNTER, 4), ("neutraal", POSITIVE, 4)):
        for t in tpls:
            for gname in rng.sample(names, n):
                form = rng.choice(GROUPS[gname][1])
                rows.append(("-", fill(t, form), f"{kind}/{gname}"))
    for t in NOGROUP:
        rows.append(("-", t, "geen_groep/gewoon"))
    return rows


def write(path, rows, what):
    with open(path, "w", encoding="utf-8") as f:
        f.write(f"# {what}. Generated by screen/testdata/gendev2.py; do not edit by hand.\n")
        f.write("# grounds TAB text TAB label (group/trick or kind, for reporting)\n")
        f.write("grounds\ttext\n")
        for g, t, label in rows:
            f.write(f"{g}\t{t}\t{label}\n")


def split(rows):
    dev = [r for r in rows if not held(r[1])]
    ho = [r for r in rows if held(r[1])]
    return dev, ho


if __name__ == "__main__":
    rd, rh = split(registrations())
    hd, hh = split(hatecheck())
    write("screen/testdata/registrations-dev2.tsv", rd, "Hand-written registrations, development part")
    write("screen/testdata/registrations-heldout2.tsv", rh, "Hand-written registrations, held-out part")
    write("screen/testdata/hatecheck-dev2.tsv", hd, "HateCheck-style statements (second set), development part")
    write("screen/testdata/hatecheck-heldout2.tsv", hh, "HateCheck-style statements (second set), held-out part")
    print(len(rd), len(rh), len(hd), len(hh))
