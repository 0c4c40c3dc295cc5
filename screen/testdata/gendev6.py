#!/usr/bin/env python3
"""Writes the sixth set of realistic registrations of issue 11 (run from the repository root):

  python3 screen/testdata/gendev6.py

Written by another hand than gendev4.py and gendev5.py, with the emphasis on what the earlier
sets showed the lexicon misses: motive constructions without a slur or a group word ("toen hij
zijn achternaam noemde was de kamer ineens verhuurd", "met jouw kleur kom je er niet in",
"geen hoofddoekjes achter de kassa", "omdat ze in een rolstoel zit mocht ze de bus niet in"),
refusals at the door, in housing, work, school and services, sport chants, online posts,
reported and direct speech, officer shorthand and typos, for every ground of DOMAIN.md. A
melder who says that he thinks it was about his origin is a discriminatory registration (it
is for an analyst to judge); one who says that he did not feel discriminated against is not.

Unlike the earlier generators each text is one hand-written core, and the generator then
varies its surface deterministically (random.Random(6), so the output is the same on every
run): an opening line of the mutation, a closing line, the officer's shorthand for the
persons (Melder -> Mld., verdachte -> vdt., ...) and, for some, one typing error (two
letters swapped in a long word). None of these carry the label: the same openings and
closings go to discriminatory and neutral texts alike.

Neutral ones (label neutraal-<kind>) are the near misses: an origin in a description, a tolk,
a place of worship as a location, a quarrel between neighbours of different origin without a
motive, a melder who says he did not feel discriminated against, a refusal for another reason,
policy, training and figures, a disability, age, religious dress or gender as a fact, rainbow
names, homonyms of slurs, ordinary threats and curses without a group, a group word beside an
ordinary crime, reported speech with a group word and no hostility, neutral online posts.

The held-out part is fixed before anything is measured: a text goes to
registrations-heldout6.tsv when the first byte of the SHA-256 of "regs6:" and its final text,
modulo 10, is below 3 (about 30%). The lexicon may be tuned on registrations-dev6.tsv only; of
the held-out file only the summary figures are read, never its texts or misses.
"""
import hashlib
import random

# herkomst / huidskleur / achternaam / nationaliteit
H, G, A, S, T, X, D, L, O = ("herkomst", "godsdienst", "antisemitisme", "seksuele_gerichtheid",
                              "genderidentiteit", "geslacht", "handicap", "leeftijd", "overig")
POS = [
 # toegang
 (H, "toegang", "Melder stond met zijn neef in de rij bij de club aan de Stationsstraat. De uitsmijter zei: met jouw kleur kom je er niet in. Vrienden van melder met een lichte huid mochten wel naar binnen."),
 (H, "toegang", "Volgens melder keek de portier naar zijn gezicht en zei hij 'vanavond alleen vaste gasten', terwijl de jongens achter hem zonder pasje naar binnen liepen. Melder denkt dat het om zijn afkomst ging maar kan het niet bewijzen."),
 (H, "toegang", "Mld. en drie vrienden, allen van Marokkaanse komaf, werden bij de ingang van het café tegengehouden. Portier: 'jullie soort geeft alleen maar gedoe, ga maar ergens anders heen'."),
 (H, "toegang", "Aangever vertelt dat de beveiliger van de discotheek hem de toegang weigerde 'omdat er al genoeg donkere jongens binnen waren'."),
 (H, "toegang", "Bet. wilde met zijn vriendin de sportschool in. De baliemedewerker zei dat er voor mensen uit Oost-Europa een aparte borg geldt. Zijn Nederlandse vriendin hoefde niets te betalen."),
 (H, "toegang", "Melder verklaarde dat de taxichauffeur hem zag, de deur weer dichtdeed en wegreed. Een omstander hoorde de chauffeur nog roepen: 'ik rij geen zwarten'."),
 (H, "toegang", "De uitsmijter van de kroeg zei tegen melder dat 'mensen zoals jij' vanavond niet naar binnen mochten. Gevraagd wat hij bedoelde wees de man naar melders huid."),
 (H, "toegang", "mld zegt dat hij bij de ingang van het zwembad werd geweigerd, de medewerkster zei letterlijk 'we hebben vandaag al genoeg buitenlanders binnen'"),
 (H, "toegang", "Aangeefster werd bij de bakker niet geholpen. De eigenaar zei dat hij 'niet aan die Roemenen verkoopt, die stelen toch'."),
 (H, "toegang", "Bij de ingang van het festival werden volgens melder alleen jongens met een getinte huid gefouilleerd en teruggestuurd. Beveiliger zei tegen hem: met zo'n kop kom je hier niet binnen."),
 (H, "toegang", "Melder kreeg bij het hotel te horen dat er geen kamers vrij waren. Zijn collega met een Nederlandse naam belde tien minuten later en kon direct boeken."),
 (H, "toegang", "Vdt., portier van de shishalounge, weigerde melder omdat hij 'Afrikaan' is. Hij zei: wij laten geen Afrikanen toe, dat is beleid."),
 # woning
 (H, "woning", "Toen hij zijn achternaam noemde was de kamer ineens verhuurd. Een vriend met een Hollandse naam belde een uur later en kon gewoon komen kijken."),
 (H, "woning", "Melder reageerde op een advertentie voor een appartement. Na het noemen van haar naam, Fatima el Idrissi, kreeg zij te horen dat de woning al weg was. Haar collega kreeg dezelfde dag een bezichtiging."),
 (H, "woning", "De verhuurder liet via de app weten: 'sorry, ik wil niet aan buitenlanders verhuren, slechte ervaringen mee'. Screenshot is bijgevoegd."),
 (H, "woning", "Aangever verklaart dat de makelaar hem vroeg waar hij 'oorspronkelijk' vandaan kwam en daarna zei dat de eigenaar liever Nederlandse huurders wil."),
 (H, "woning", "Mld. kreeg een mail van de huisbaas: 'Wij verhuren niet aan Polen. Er zijn te veel problemen met drank geweest.'"),
 (H, "woning", "Volgens melder zei de verhuurster aan de telefoon dat zij 'geen Surinamers meer in het pand' wil, nadat ze zijn accent had gehoord."),
 (H, "woning", "Melder heeft bij de woningcorporatie geklaagd: de medewerker zei dat ze in die straat 'niet nog meer allochtonen' willen plaatsen."),
 (H, "woning", "Bel. belde over de kamer. Verhuurder vroeg eerst of hij Turks was. Toen bel. ja zei werd er opgehangen. Bel. vermoedt discriminatie."),
 # werk
 (H, "werk", "Melder solliciteerde onder haar eigen naam en werd afgewezen. Met dezelfde cv onder de naam 'Sanne de Vries' werd zij wel uitgenodigd voor een gesprek."),
 (H, "werk", "Aangever werkt in de bouw. Zijn uitvoerder noemt hem al maanden 'de Turk' en zei vorige week dat hij 'terug moet naar zijn geitjes'."),
 (H, "werk", "Het uitzendbureau liet melder weten dat de klant 'geen mensen met een kleurtje' wil in het magazijn."),
 (H, "werk", "Mld. zegt dat haar leidinggevende zei dat ze de promotie niet kreeg 'omdat klanten een Nederlands gezicht willen zien aan de balie'."),
 (H, "werk", "Volgens verbalisant is uit de appgroep van het bedrijf gebleken dat de chef schreef: 'neem geen Marokkanen meer aan, die zijn altijd ziek'."),
 (H, "werk", "Melder verklaarde dat zijn collega's bananen op zijn bureau leggen en apengeluiden maken als hij binnenkomt. De teamleider lacht mee."),
 (H, "werk", "De werkgever zei tegen melder dat zij met haar accent 'niet representatief' is voor de functie van receptioniste en ontsloeg haar in de proeftijd."),
 # school
 (H, "school", "Moeder van leerling meldt dat de gymleraar haar zoon 'zwarte Piet' noemt en hem altijd als laatste laat kiezen."),
 (H, "school", "Leerling (14) werd volgens de mentor in de kantine door drie klasgenoten omsingeld die riepen 'ga terug naar je land, bruine'."),
 (H, "school", "Vader verklaarde dat zijn dochter geen stageplek kreeg. Het bedrijf zei tegen de stagecoördinator dat ze 'liever geen meisje met een buitenlandse achtergrond' hebben."),
 # sport
 (H, "sport", "Tijdens de wedstrijd VV Zuid tegen SC Oost werden vanaf de tribune oerwoudgeluiden gemaakt toen de nummer 9 van de tegenpartij aan de bal was."),
 (H, "sport", "Scheidsrechter legde de wedstrijd stil nadat een groep supporters 'Turken eruit, Turken eruit' scandeerde richting de bezoekende spelers."),
 (H, "sport", "Jeugdtrainer meldt dat een ouder langs de lijn tegen een speler van 11 riep: 'pak die bosaap'."),
 (H, "sport", "Bij de amateurwedstrijd zongen supporters van de thuisploeg over 'die Molukkers die terug moeten naar de jungle'. Het duel werd tien minuten stilgelegd."),
 # online
 (H, "online", "In een Facebookgroep van de wijk schreef een gebruiker onder een bericht over de nieuwe bewoners: 'daar komen de kakkerlakken weer, straks is de hele straat bruin'."),
 (H, "online", "Melder toont een TikTok-reactie onder haar video: 'ga terug naar je eigen land zwarte aap'. Account is bekend."),
 (H, "online", "Op X werd een foto van het AZC geplaatst met de tekst 'tijd voor de grote schoonmaak, ik neem de benzine mee'."),
 (H, "online", "Via Instagram ontving melder berichten als 'kutmarokkaan' en 'we weten waar je woont, jullie horen hier niet'."),
 (H, "online", "Onder het nieuwsbericht over de vluchtelingen op de site van de krant reageerde iemand: ze moeten die gelukszoekers gewoon afschieten aan de grens."),
 # uitschelden
 (H, "uitschelden", "Bet. werd bij de bushalte door een onbekende vrouw toegesproken: 'jij bent zeker ook zo'n profiteur uit Afrika'. Daarna spuugde zij voor zijn voeten."),
 (H, "uitschelden", "Melder werd in de supermarkt door een man uitgescholden voor 'spleetoog' en 'coronachinees'."),
 (H, "uitschelden", "Vdt. riep meermaals 'vieze zigeuner' tegen melder die met zijn caravan op de camping stond."),
 (H, "uitschelden", "Aangever verklaarde dat de automobilist zijn raampje opendeed en schreeuwde: 'rot op naar je eigen land, makaak'."),
 (H, "uitschelden", "Melder, van Chinese afkomst, werd in de tram nagedaan met 'ching chang chong' en er werd geroepen dat zij het virus had meegenomen."),
 (H, "uitschelden", "Mld verklaart dat de buurjongen hem al weken 'nikker' noemt als hij langs loopt"),
 (H, "uitschelden", "Getuige hoorde de verdachte tegen de kassamedewerker zeggen dat hij 'niet geholpen wil worden door een hoofddoekje uit de woestijn'."),
 (H, "uitschelden", "Volgens de melder zei de man: 'jullie Antillianen zijn allemaal hetzelfde, uitkeringstrekkers'."),
 # bedreiging / geweld
 (H, "bedreiging", "Melder vond een briefje in de brievenbus: 'Buitenlanders niet gewenst in deze straat. Vertrek voor het te laat is.'"),
 (H, "bedreiging", "Vdt. liep met een mes in zijn hand op melder af en riep: 'ik steek jou neer, vuile Arabier'."),
 (H, "geweld", "Bet. werd op het plein door twee jongens geschopt. Zij riepen daarbij 'white power' en 'terug naar Somalië'."),
 (H, "geweld", "Slachtoffer, een Eritrese jongen van 17, werd na het uitgaan in elkaar geslagen. De daders riepen dat ze 'geen negers in hun dorp' willen."),
 (H, "buren", "De buurvrouw zet elke avond haar vuilniszak voor de deur van melder en zegt dan: 'dit is voor de Turken, die zijn toch gewend aan vuil'."),
 (H, "buren", "Sinds melder en zijn gezin uit Syrië in de straat wonen krijgen zij briefjes met 'opzouten' erop en is hun autoband twee keer lek gestoken. De buurman zei: 'wij willen hier geen vluchtelingen'."),
 (H, "graffiti", "Op de voordeur van het gezin van Ghanese afkomst is met zwarte verf 'NIGGERS OUT' gespoten."),
 (H, "vernieling", "Het raam van de Poolse supermarkt is ingegooid. Op de steen was een briefje geplakt: 'Polen rot op'."),
 (H, "dienstverlening", "Melder verklaart dat de medewerker van het gemeenteloket weigerde haar te helpen en zei: 'eerst maar eens fatsoenlijk Nederlands leren, dan kom je maar terug'."),
 (H, "dienstverlening", "De huisartsassistente zei volgens melder dat 'mensen uit jullie land altijd overdrijven' en weigerde een afspraak te maken."),
 (H, "dienstverlening", "Bij de bank moest melder als enige extra documenten laten zien. De medewerker zei: 'bij mensen met een buitenlandse naam moeten we voorzichtig zijn'."),
 (H, "verkeer", "Na een aanrijding stapte de andere bestuurder uit en schreeuwde: 'leer eerst rijden in je eigen apenland'."),
 (H, "parafrase", "Melder voelt zich gediscrimineerd vanwege zijn huidskleur: hij is de enige die door de winkelbeveiliging steeds wordt gevolgd en gecontroleerd."),
 (H, "parafrase", "Aangeefster is ervan overtuigd dat zij de woning niet kreeg vanwege haar Marokkaanse achternaam."),
 (H, "parafrase", "mld. geeft aan dat hij het gevoel heeft dat hij gepest wordt op zijn werk omdat hij van Turkse afkomst is. Collega's praten over hem als 'die Turk'."),
 (H, "parafrase", "Vdt. zou volgens de melder hebben gezegd dat 'de Hollanders' voorrang krijgen en dat 'jullie' maar achteraan moeten sluiten."),
]
POS2 = [
 # godsdienst
 (G, "werk", "De werkgever wilde 'geen hoofddoekjes achter de kassa' en zei dat melder kon kiezen: de hoofddoek af of geen contract."),
 (G, "werk", "Melder (24) kreeg na het gesprek een mail dat zij geschikt was, 'mits zij tijdens het werk haar hoofddoek niet draagt'."),
 (G, "werk", "Aangever mocht van zijn chef niet meer bidden in de pauze. De chef zei: 'dat moslimgedoe doe je maar thuis'."),
 (G, "werk", "Melder vertelt dat collega's varkensvlees in haar lunchbox hebben gestopt en lachend vroegen of ze het lekker vond, 'als goede moslima'."),
 (G, "werk", "Volgens mld. is haar contract niet verlengd nadat zij was begonnen met het dragen van een hoofddoek. De manager zei dat het 'niet bij de uitstraling van het bedrijf' past."),
 (G, "toegang", "Bet. werd de toegang tot de sportschool geweigerd vanwege haar boerkini. De medewerker zei dat 'zulke kleding hier niet thuishoort'."),
 (G, "toegang", "De eigenaar van het restaurant weigerde een gezelschap van vier vrouwen met hoofddoek. Hij zei dat het restaurant 'vol' was, terwijl er volgens getuige tientallen tafels leeg waren."),
 (G, "toegang", "Melder met tulband werd bij de ingang van de club tegengehouden. Portier: 'met dat ding op je hoofd kom je er niet in'."),
 (G, "woning", "De verhuurder vroeg of melder moslim was. Toen zij bevestigend antwoordde zei hij dat hij 'geen moskeegangers' in zijn huis wil."),
 (G, "school", "Leerlinge werd door de docent voor de klas gezet en gevraagd of haar vader haar 'dwingt om die doek te dragen'. Klasgenoten lachten haar daarna uit."),
 (G, "uitschelden", "Melder werd op straat nageroepen met 'terrorist' en 'bomgooier' toen hij uit de moskee kwam."),
 (G, "uitschelden", "Een man trok in de tram aan de hoofddoek van melder en riep: 'doe dat vod af, we zijn hier in Nederland'."),
 (G, "uitschelden", "Vdt. schreeuwde tegen bet., een vrouw in nikab, dat ze 'een vuilniszak' was en 'terug naar de woestijn' moest."),
 (G, "bedreiging", "Bij de moskee aan de Kerkweg is een brief bezorgd: 'Wij komen jullie halen, allah kan jullie niet redden'."),
 (G, "bedreiging", "Melder kreeg een DM: 'Alle moslims moeten vergast worden, jij als eerste'."),
 (G, "vernieling", "Een varkenskop is neergelegd bij de ingang van de moskee in Noord. Op de deur was 'islam = kanker' gekalkt."),
 (G, "vernieling", "De ramen van het islamitische centrum zijn ingegooid. Omwonenden hoorden iemand roepen 'weg met de moslims'."),
 (G, "online", "In een Telegramgroep deelde een gebruiker het adres van de moskee met de tekst: 'wie gaat er vrijdag mee om ze een lesje te leren'."),
 (G, "online", "Onder een foto van melder met hoofddoek schreef een onbekende: 'onderdrukte kut, ga terug naar je geitenneuker'."),
 (G, "online", "Op Facebook plaatste vdt. een bericht dat 'de islam een ziekte is die je moet uitroeien voordat het te laat is'."),
 (G, "geweld", "Bet. kwam uit het gebedshuis toen hij door een man met een fles werd geslagen. Dader riep: 'dit is voor alle moslims'."),
 (G, "dienstverlening", "De apotheker weigerde melder te helpen zolang zij haar gezichtssluier droeg en zei: 'ik help geen spoken'."),
 (G, "parafrase", "Melder meent dat hij niet is aangenomen omdat hij een baard heeft en moslim is; bij het gesprek werd gevraagd of hij 'radicaal' was."),
 (G, "uitschelden", "Een christelijke vrouw met een kruisje om werd in de bus uitgemaakt voor 'achterlijke gelovige' en kreeg te horen dat zulke mensen 'opgesloten moeten worden'."),
 (G, "vernieling", "Bij de Hindoetempel aan de Laan is met rode verf 'koeienaanbidders eruit' op de gevel geschreven."),
 (G, "werk", "De sikh collega van melder werd door de ploegleider gedwongen zijn tulband af te doen, 'anders kun je oprotten'. Andere collega's mogen wel een pet op."),
 # antisemitisme
 (A, "uitschelden", "Melder liep met keppel over de markt toen een man hem nariep: 'Hitler had het werk moeten afmaken'."),
 (A, "uitschelden", "Vdt. riep tegen bet.: 'vuile jood, jullie zijn de baas over alle banken'."),
 (A, "uitschelden", "Aangever verklaarde dat hij na de wedstrijd hoorde dat supporters zongen 'wie niet springt die is een jood' en 'Hamas Hamas, joden aan het gas'."),
 (A, "graffiti", "Op de muur van de synagoge is een hakenkruis gespoten met daarbij 'Juden raus'."),
 (A, "graffiti", "Op een Stolperstein in de Jodenbreestraat is met stift '6 miljoen is een leugen' geschreven."),
 (A, "bedreiging", "Het Joods eetcafé kreeg een telefoontje: 'wij gaan jullie tent in de fik zetten, kindermoordenaars'."),
 (A, "online", "In een Discordserver werd een foto van melder gedeeld met de tekst 'deze jood moet ook de oven in'."),
 (A, "online", "Een gebruiker schreef onder een bericht over de herdenking: 'die holocaust is het grootste verzinsel van de eeuw, wordt tijd dat iemand het zegt'."),
 (A, "woning", "Melder vertelt dat de verhuurder de bezichtiging afzegde toen hij de mezoeza zag die melder wilde meenemen en zei: 'ik heb liever geen joodse huurders, dat geeft gedoe'."),
 (A, "school", "Docent meldt dat leerlingen een Joods meisje in de klas 'zionistenhoer' noemen en nazi-groeten brengen als zij binnenkomt."),
 (A, "geweld", "Bet. droeg een keppeltje en werd op de fiets van achteren geduwd. De daders riepen 'Free Palestine, kankerjood' en reden weg."),
 (A, "werk", "Melder verklaarde dat zijn collega hem steeds 'de rijke jood' noemt en munten naar hem gooit in de kantine."),
 (A, "vernieling", "De mezoeza is van de deurpost van melder gerukt en er is een davidster met een streep erdoor op de deur geplakt."),
 (A, "sport", "Tijdens de wedstrijd tegen Ajax werd vanuit het uitvak 'we gaan op jodenjacht' gezongen."),
 (A, "parafrase", "Melder geeft aan dat de buurman hem verwijt 'bij het volk te horen dat de wereld regeert' en dat hij maar naar Israël moet vertrekken."),
 (A, "dienstverlening", "De taxichauffeur weigerde melder mee te nemen toen hij zag dat hij een keppel droeg en zei: 'ik neem geen zionisten mee'."),
 # seksuele gerichtheid
 (S, "uitschelden", "Twee mannen liepen hand in hand over de Dam toen een groep jongens 'vieze homo's' riep en een blikje naar hen gooide."),
 (S, "uitschelden", "Mld. werd op de fiets nagefloten en nageroepen met 'flikker, je moet dood'."),
 (S, "uitschelden", "Aangeefster en haar vriendin kregen in de kroeg te horen dat ze 'alleen maar een echte man nodig hebben'. Toen zij weggingen werden ze 'vieze potten' genoemd."),
 (S, "toegang", "De eigenaar van de B&B weigerde het stel omdat het twee mannen waren. Hij schreef: 'wij verhuren niet aan homostellen, dat past niet bij onze normen'."),
 (S, "toegang", "Melder en zijn partner werden uit het café gezet nadat zij elkaar hadden gekust. De barman zei: 'dat soort dingen doen jullie maar thuis'."),
 (S, "woning", "Toen het stel vertelde dat zij twee vrouwen waren trok de verhuurder zich terug: 'ik wil geen lesbo's in mijn huis'."),
 (S, "werk", "Melder verklaarde dat hij na zijn coming-out op het werk geen diensten meer kreeg. De teamleider zei: 'klanten hebben liever geen nicht aan de kassa'."),
 (S, "werk", "In de kantine zeiden collega's dat 'homo's ziek zijn' en dat ze melder niet in de kleedkamer willen."),
 (S, "school", "Leerling werd na zijn coming-out op school in elkaar geslagen. Daders filmden het en riepen 'dit krijg je als je homo bent'."),
 (S, "bedreiging", "Aan de deur van melder hing een briefje: 'Jij en je vriendje moeten verdwijnen, wij willen geen mietjes in de straat.'"),
 (S, "geweld", "Bet. werd na de Pride door drie mannen aangevallen. Een van hen riep: 'regenboogtuig, we slaan je kapot'."),
 (S, "vernieling", "De regenboogvlag van melder is van de gevel gerukt en verbrand. Op het raam is 'homo's weg' geschreven."),
 (S, "online", "Na de post over zijn bruiloft kreeg melder reacties als 'ranzige sodomieten horen op de brandstapel'."),
 (S, "online", "In de appgroep van het voetbalteam schreef een teamgenoot: 'als die homo in de douche komt ga ik hem slaan'."),
 (S, "sport", "Supporters zongen tijdens de wedstrijd 'homo's, homo's' en 'schwalbe mietje' naar de keeper van de tegenpartij, die openlijk homo is."),
 (S, "buren", "De buurman roept telkens als melder met zijn man thuiskomt: 'daar zijn de poepers weer'."),
 (S, "parafrase", "Melder vermoedt dat hij niet geholpen werd omdat hij homo is: de medewerker werd onaardig nadat hij over zijn man sprak."),
 (S, "dienstverlening", "De fotograaf weigerde de bruiloft van twee vrouwen te fotograferen: 'aan zo'n huwelijk werk ik niet mee'."),
 # genderidentiteit
 (T, "uitschelden", "Aangeefster, een transvrouw, werd bij het station uitgemaakt voor 'kerel in een jurk' en 'ding'."),
 (T, "uitschelden", "Vdt. riep tegen bet.: 'je bent geen vrouw, je bent een zieke man, ik zie je baard nog'."),
 (T, "toegang", "Melder werd de toegang tot het damestoilet van het winkelcentrum geweigerd. De beveiliger zei: 'jij bent een vent, ga maar naar de heren'."),
 (T, "toegang", "De sportschool weigerde melder als lid in te schrijven omdat zij transgender is. Zij kreeg te horen dat 'andere vrouwen zich dan onveilig voelen'."),
 (T, "werk", "Melder verklaart dat haar werkgever weigert haar nieuwe naam te gebruiken en haar in mails bewust 'meneer' blijft noemen. Zij is daarna ontslagen 'wegens onrust in het team'."),
 (T, "werk", "Na de transitie kreeg melder te horen dat zij niet meer aan de balie mocht werken, 'want dat schrikt klanten af'."),
 (T, "school", "Een non-binaire leerling wordt door de docent expres met de verkeerde naam aangesproken; klasgenoten noemen hem 'het'."),
 (T, "online", "Onder de video van melder schreven meerdere accounts 'trannies moeten een kogel' en 'ga dood freak'."),
 (T, "geweld", "Bet. werd in de nachtbus geslagen nadat een man had gevraagd 'ben jij nou een man of een vrouw?' en zij geen antwoord gaf."),
 (T, "woning", "De verhuurder trok het aanbod in toen hij zag dat het paspoort van melder nog een andere naam had: 'ik wil geen gedoe met zulke mensen'."),
 (T, "parafrase", "Melder voelt zich gediscrimineerd door de huisarts, die weigerde haar door te verwijzen en zei dat 'transgenderisme een modeverschijnsel' is."),
 # geslacht
 (X, "werk", "Melder vertelde haar leidinggevende dat zij zwanger is. Twee weken later kreeg zij te horen dat haar contract niet wordt verlengd, 'want met een baby ben je toch niet meer flexibel'."),
 (X, "werk", "Bij de sollicitatie voor monteur zei de eigenaar: 'dit is geen werk voor een meid, daar nemen we alleen mannen voor aan'."),
 (X, "werk", "Aangeefster verdient volgens de loonlijst 400 euro minder dan haar mannelijke collega's. De directeur zei: 'vrouwen werken toch voor een zakcentje'."),
 (X, "uitschelden", "Vdt. riep tegen melder, een handhaafster: 'ik laat me niet bekeuren door een wijf, ga lekker aanrecht'."),
 (X, "online", "Na haar column kreeg melder honderden berichten: 'vrouwen moeten hun bek houden', 'jij moet verkracht worden'."),
 (X, "sport", "Scheidsrechter (v) werd door spelers en publiek uitgejouwd met 'ga koken' en 'vrouwen horen niet op het veld'."),
 (X, "toegang", "Melder en haar vriendinnen mochten de sportkantine niet in. 'Dit is een mannenclub, vrouwen hebben hier niks te zoeken.'"),
 (X, "school", "De stagebegeleider zei tegen melder dat zij 'als meisje' beter niet voor de opleiding elektrotechniek kan kiezen en weigerde haar een stageplek."),
 (X, "bedreiging", "Melder ontving na de raadsvergadering een bericht: 'Wijven zoals jij moeten we een keer goed pakken, dan leer je je plaats.'"),
 (X, "parafrase", "Melder denkt dat zij niet werd aangenomen omdat zij een vrouw is: bij het gesprek werd gevraagd of zij 'nog kinderen wilde'."),
]
POS3 = [
 # handicap
 (D, "toegang", "Omdat ze in een rolstoel zit mocht ze de bus niet in. De chauffeur zei dat hij 'geen zin had om die plank uit te klappen'."),
 (D, "toegang", "Melder werd met zijn blindengeleidehond de toegang tot het restaurant geweigerd. De eigenaar zei: 'geen honden, ook geen blindenhonden, en blinden maken er maar een rommel van'."),
 (D, "toegang", "De portier liet melder niet binnen vanwege zijn spasme: 'jij bent dronken of gestoord, hoe dan ook, jij komt er niet in'."),
 (D, "toegang", "Bet. zit in een rolstoel en werd bij de bioscoop geweigerd omdat 'rolstoelen een brandgevaar zijn'. Er was een rolstoelplek vrij."),
 (D, "toegang", "De taxichauffeur weigerde melder mee te nemen toen hij de rollator zag en zei: 'ik ben geen ambulance voor invaliden'."),
 (D, "werk", "Melder vertelde bij het sollicitatiegesprek dat hij autisme heeft. Daarna werd het gesprek snel afgerond en kreeg hij een afwijzing 'omdat het team iemand zoekt die sociaal goed functioneert'."),
 (D, "werk", "Volgens aangeefster werd zij ontslagen kort nadat zij had verteld dat zij epilepsie heeft. De manager zei dat 'zo iemand een risico' is."),
 (D, "werk", "De collega's van melder, die doof is, praten expres met hun hand voor hun mond en noemen hem 'de dove kwartel'."),
 (D, "uitschelden", "Jongeren riepen 'mongool' en 'spast' naar bet., die het syndroom van Down heeft, en filmden haar reactie."),
 (D, "uitschelden", "Melder (31, visueel beperkt) werd in de supermarkt weggeduwd door een man die riep: 'kijk uit je doppen, blinde mol, blijf thuis als je niks ziet'."),
 (D, "uitschelden", "Vdt. schreeuwde naar de man in de scootmobiel: 'vuile invalide, je kost ons alleen maar geld'."),
 (D, "school", "Moeder meldt dat haar zoon met ADHD door de docent 'het probleemkind' wordt genoemd en dat hij niet mee mocht op schoolreis 'omdat hij toch alleen maar gedoe geeft'."),
 (D, "online", "Een gebruiker plaatste een filmpje van melder, die stottert, met de tekst: 'zulke achterlijken moeten ze gewoon afmaken'."),
 (D, "woning", "De verhuurder weigerde melder als huurder toen hij hoorde dat zij een psychiatrische aandoening heeft: 'ik wil geen gekken in mijn pand'."),
 (D, "dienstverlening", "De medewerker van de bank weigerde melder, die doof is, te helpen zonder 'een normale begeleider erbij'."),
 (D, "geweld", "Bet., die een verstandelijke beperking heeft, werd door twee jongens geslagen. Ze riepen: 'debiel, je hoort hier niet'."),
 (D, "parafrase", "Melder denkt dat hij geweigerd werd bij de sportschool vanwege zijn prothese; de medewerker keek naar zijn been en zei dat het abonnement 'niet geschikt' was."),
 (D, "buren", "De buurman parkeert telkens op de invalidenparkeerplaats van melder en roept: 'jij met je gehandicaptenkaart, profiteur'."),
 # leeftijd
 (L, "werk", "Melder (61) kreeg van het uitzendbureau te horen dat de opdrachtgever 'niemand boven de vijftig' wil."),
 (L, "werk", "In de vacature stond 'jong en dynamisch team zoekt collega tot 30 jaar'. Melder (45) werd afgewezen met de mededeling dat hij 'niet in het plaatje past'."),
 (L, "werk", "De leidinggevende zei tegen melder dat zij 'met haar leeftijd' beter plaats kan maken voor jong bloed, en haar uren werden gehalveerd."),
 (L, "toegang", "De eigenaar van het vakantiepark weigerde de boeking van melder (72): 'wij verhuren niet aan bejaarden, dat is te veel risico'."),
 (L, "uitschelden", "Een groep jongeren riep naar de oudere man op het bankje: 'ouwe lijk, ga dood, je bent toch al over de datum'."),
 (L, "dienstverlening", "De verzekeraar weigerde de aanvraag van melder (68) 'omdat wij ouderen niet meer accepteren voor dit product'."),
 (L, "online", "In een reactie op een bericht over de zorg schreef iemand: 'die boomers moeten gewoon een spuitje, scheelt geld'."),
 (L, "woning", "De verhuurder schreef melder (19): 'sorry, geen jongeren onder de 25, die maken alleen maar troep'."),
 # overig
 (O, "werk", "Melder werd na een bericht op LinkedIn over zijn lidmaatschap van de vakbond door zijn chef apart genomen en kreeg te horen dat 'linkse types' bij het bedrijf niet welkom zijn. Hij werd een week later ontslagen."),
 (O, "toegang", "De kroegbaas weigerde melder omdat zij in een woonwagen woont: 'kampers komen er bij mij niet in'."),
 (O, "woning", "Volgens melder trok de verhuurder de woning in toen bleek dat zij een alleenstaande moeder met een uitkering is: 'geen bijstandsmoeders, die betalen nooit'."),
 (O, "uitschelden", "Melder droeg een speldje van een politieke partij en werd in de trein uitgescholden voor 'landverrader' en 'vuile rooie'."),
 (H, "toegang", "De verkoper weigerde melder een auto te laten proefrijden toen hij haar Oekraïense paspoort zag: 'bij Oekraïners weet je nooit of de auto terugkomt'."),
 (O, "dienstverlening", "Melder kreeg geen hypotheekgesprek. De adviseur zei: 'mensen uit die wijk, met zo'n postcode, daar beginnen wij niet aan'."),
 # gemengd, korte mutaties in telegramstijl
 (H, "toegang", "mld. geweigerd bij ingang disco. portier: 'geen kaaskoppen vanavond, alleen marokkanen'. mld. voelt zich gediscrimineerd."),
 (H, "uitschelden", "Vdt. noemde bet. 'kutturk' en 'geitenneuker', daarna sloeg hij bet. tegen het hoofd. Vdt. aangehouden."),
 (S, "uitschelden", "bet. uitgescholden voor homo en janet door 3 jongens bij skatebaan. bet. weet niet wie het zijn."),
 (D, "toegang", "vlgs mld. wilde de chauffeur van lijn 12 haar niet meenemen i.v.m. haar rolstoel. 'ik ga niet voor jou stoppen, neem maar een taxi'."),
 (G, "toegang", "mld. (vrouw, hoofddoek) mocht bij de kapper niet geholpen worden. kapper: 'ik knip geen hoofddoekvrouwen'."),
 (A, "uitschelden", "Bet. liep met zijn zoon (keppeltje) in het park. Onbekende man riep: 'kankerjoden, rot op naar jullie Israël'."),
 (T, "uitschelden", "Mld. (transvrouw) verklaarde dat de buurman haar met 'meneer' en 'dat ding' aanspreekt en haar deur heeft bespuugd."),
 (X, "uitschelden", "Vdt. zei tegen de buschauffeuse: 'vrouwen kunnen niet rijden, stap maar uit dan rij ik wel'. Daarna gaf hij een klap tegen de ruit."),
 (L, "uitschelden", "Mld. (83) werd in de winkel voorgedrongen en toen ze daar iets van zei riep de man: 'hou je bek, ouwe taart, jullie kosten de staat alleen maar geld'."),
 # verbalisant / intern waargenomen
 (H, "uitschelden", "Verbalisant hoorde dat vdt. tijdens de aanhouding tegen de collega riep: 'ik laat me niet aanraken door een zwarte, haal een blanke agent'."),
 (H, "uitschelden", "Verbalisanten zagen dat vdt. op het terras een Aziatische vrouw nadeed door zijn ogen dicht te knijpen en 'hoeveel voor een massage' riep."),
 (S, "uitschelden", "Verbal. hoorde vdt. op het bureau roepen dat hij 'niet in dezelfde cel als die nicht' wilde."),
 (G, "bedreiging", "Tijdens de controle zei vdt. tegen verbalisant: 'jij bent ook zo'n moslim die ons land overneemt, ik maak jou af'."),
 # spelfouten
 (H, "uitschelden", "Mld verklaart dat vdt hem uitschold voor vieze buitenlaner en zij dat hij terug moet naar zijn land"),
 (H, "toegang", "Mdl. zegt dat de portier zij dat er geen donkere jongen meer binnen mogen van de baas"),
 (G, "uitschelden", "Bet. werd uitgescholden voor 'kut moslim' en 'terorist', vdt. trok ook aan haar hoofdoek."),
 (S, "uitschelden", "mld werd uitgescholden voor 'vieze homofiel' en 'flikkr' door een fietser bij het park"),
 (D, "uitschelden", "Vdt. noemde melder een 'gehandicapte kutmongool' en zij dat hij niet op de weg hoorde met zijn scootmobiel"),
 (H, "woning", "Verhuurder stuurde berigt: 'sory wij verhuren niet aan buitenlanders en al helemaal niet aan marrokanen'."),
 (X, "werk", "mld verteld dat haar baas zij dat hij geen vrouwen aanneemd omdat die toch zwanger worden"),
 (A, "online", "In de groep schreef iemand 'de jooden zitten achter corona, ze verdienen er aan'."),
 # gemeld via derden
 (H, "werk", "De vakbond meldt namens een lid dat de ploegleider in de kantine zei dat 'die Bulgaren niet naar de wc mogen, die maken alles vies'."),
 (H, "school", "De vertrouwenspersoon van de school meldt dat een docent in de les zei dat 'kinderen van Marokkanen toch altijd in de criminaliteit belanden'."),
 (D, "werk", "Het UWV meldt dat een werkgever een kandidaat afwees met de mededeling: 'iemand in een rolstoel kan hier niet werken, dat zien klanten niet graag'."),
 (H, "toegang", "Een medewerker van het antidiscriminatiebureau meldt dat bij een praktijktest drie van de vijf clubs de testers met een donkere huidskleur weigerden, terwijl de witte testers binnenkwamen."),
 # impliciet / motief zonder groepswoord
 (H, "woning", "Melder belde met de verhuurder en het gesprek was vriendelijk tot hij zijn naam zei, Mohammed. Toen was het appartement ineens 'al toegezegd aan iemand anders'. Zijn vrouw belde met haar meisjesnaam en kon de volgende dag kijken."),
 (H, "toegang", "Het was volgens melder direct duidelijk waarom hij niet naar binnen mocht: de portier keek hem aan, keek naar zijn huid en zei 'vanavond niet, vriend'."),
 (H, "werk", "Melder kreeg een afwijzing voor de vacature. Een week later solliciteerde zijn neef, met exact dezelfde ervaring maar een Nederlandse achternaam, en werd meteen uitgenodigd."),
 (G, "werk", "De manager zei dat melder wel kon blijven werken, 'maar niet met dat ding op je hoofd in de winkel'."),
 (D, "toegang", "Toen de medewerker de hulphond zag zei hij dat melder 'met dat beest' de winkel niet in mocht, ook nadat melder uitlegde dat zij blind is."),
 (S, "toegang", "De barman weigerde het stel te bedienen nadat zij elkaar een kus gaven: 'daar doen we hier niet aan, jongens'."),
 (T, "toegang", "De medewerker bekeek het paspoort van melder, keek naar haar gezicht en zei: 'dit ben jij niet, zo iemand laat ik hier niet binnen'. Melder is transgender."),
 (L, "werk", "Melder (58) hoorde van een collega dat de afdelingschef had gezegd dat 'die ouwe' moest vertrekken om ruimte te maken voor jonge mensen."),
 (X, "werk", "Na haar zwangerschapsverlof bleek de functie van melder 'vervallen'. Haar mannelijke vervanger werkt nog op dezelfde plek."),
 (H, "dienstverlening", "Melder werd door de winkelbeveiliging apart genomen en zijn tas werd doorzocht. Toen hij vroeg waarom hij, zei de beveiliger: 'jullie jongens uit Oost, dat weet je zelf wel'."),
 (H, "toegang", "Bij de ingang van de club mochten de vrienden van melder naar binnen. Hij niet. Portier: 'jij niet, met die krullen en die kleur'."),
 (H, "woning", "De verhuurder wilde eerst weten of melder 'van hier' was. Toen melder zei dat hij in Nigeria is geboren werd de afspraak afgezegd."),
 (D, "werk", "Melder werd niet aangenomen als kok. De eigenaar zei: 'met één arm red je het niet in mijn keuken, mensen met een beperking neem ik niet'."),
 (G, "school", "De school weigerde de inschrijving van het meisje. De directeur zei tegen de moeder dat 'hoofddoeken hier niet passen'."),
 (S, "werk", "De leidinggevende zei tegen melder dat hij zijn 'homogedrag' moet inhouden als hij klanten bezoekt, anders wordt zijn contract niet verlengd."),
]
POS4 = [
 (H, "toegang", "De medewerker van de fitnessclub zei dat het lidmaatschap voor 'mensen van buiten Europa' niet mogelijk is. Melder heeft een Nederlands paspoort."),
 (H, "toegang", "Melder verklaart dat de uitsmijter hem bij de arm pakte en zei: 'Jij komt er niet in, we hebben al genoeg van jullie binnen.' Melder is Surinaams."),
 (H, "toegang", "Een groep Antilliaanse jongeren werd bij de ingang van de ijsbaan geweigerd. De beveiliger zei: 'met jullie is het altijd mis'."),
 (H, "toegang", "Vdt. (portier) zei tegen melder dat zij niet naar binnen mocht 'omdat ze er niet Nederlands genoeg uitziet'."),
 (H, "toegang", "Melder werd geweigerd bij de kroeg. Volgens de barman was het 'een besloten feest', maar blanke gasten werden zonder uitnodiging binnengelaten."),
 (G, "toegang", "Bij de ingang van het zwembad werd melder met boerkini de toegang ontzegd. Een medewerker zei: 'zulke tenten laten we hier niet zwemmen'."),
 (H, "toegang", "Melder wilde een scooter huren. De verhuurder vroeg naar zijn nationaliteit en zei daarna: 'aan Marokkanen verhuren we niks meer'."),
 (S, "toegang", "Melder en haar vriendin werden bij het dansfeest van de dorpsvereniging geweigerd: 'twee vrouwen samen, dat willen we hier niet zien'."),
 (D, "toegang", "De beveiliger van het stadion weigerde melder, die doof is, omdat hij 'niet kan horen als er een ontruiming is'."),
 (L, "toegang", "De club liet melder (52) niet binnen met de opmerking dat 'het hier geen bejaardentehuis is'."),
 (H, "werk", "Melder werkt als schoonmaker. Zijn voorman zegt steeds 'jullie Afrikanen zijn lui' en geeft hem de zwaarste klussen."),
 (H, "werk", "Een recruiter schreef in een mail, per ongeluk aan melder doorgestuurd: 'liever geen kandidaat met een islamitische naam voor deze klant'."),
 (H, "werk", "Melder hoorde van een collega dat de bedrijfsleider had gezegd dat 'die Pool' de eerste is die eruit gaat bij een reorganisatie, 'die zijn makkelijk te vervangen'."),
 (G, "werk", "De teamleider verbood melder tijdens de ramadan vrij te nemen en zei: 'als je wilt vasten, ga je maar bij een moskee werken'."),
 (S, "werk", "Melder verklaart dat zijn chef hem voor het hele team 'onze eigen flikker' noemde en grappen maakt over aids."),
 (X, "werk", "Aangeefster werd bij de vacature van vrachtwagenchauffeur afgewezen. 'We hebben liever een kerel, vrouwen kunnen niet tillen.'"),
 (D, "werk", "Het bedrijf trok de aanbieding in toen melder vroeg om een aangepaste werkplek voor zijn rolstoel: 'daar zijn we niet op ingericht en dat gaan we ook niet doen'."),
 (L, "werk", "De manager zei tegen melder (63) dat zij 'te oud is voor de nieuwe systemen' en gaf haar functie aan een stagiaire."),
 (H, "uitschelden", "Vdt. kwam op bet. af en schreeuwde dat hij 'een vuile zandneger' was, daarna spuugde hij hem in het gezicht."),
 (H, "uitschelden", "Melder, die Pools spreekt met haar moeder, werd in de rij bij de kassa uitgemaakt voor 'Oost-Europees tuig'."),
 (H, "uitschelden", "Aangever hoorde de bestuurder van de bestelbus roepen: 'kijk uit, kutbruine!'"),
 (H, "uitschelden", "Bet. werd door de buurjongen 'aap' genoemd en hij maakte een apengebaar naar haar."),
 (G, "uitschelden", "Melder werd bij de markt nageroepen met 'allahu akbar boem' terwijl de man deed alsof hij een bom liet ontploffen."),
 (S, "uitschelden", "De taxichauffeur noemde melder tijdens de rit 'een vies homootje' en zette hem midden op de snelweg eruit."),
 (T, "uitschelden", "Een groep jongeren volgde melder en riep: 'Is dat een vent? Het is een vent!' Een van hen trok aan haar pruik."),
 (X, "uitschelden", "Mld. verklaart dat een man haar op straat 'hoer' en 'slet' noemde omdat zij een korte rok droeg en zei dat 'vrouwen zoals jij het verdienen'."),
 (D, "uitschelden", "De bestuurder riep naar melder, die blind is en met een taststok liep: 'kijk uit waar je loopt, gehandicapte'."),
 (H, "online", "In een WhatsAppgroep van buurtbewoners deelde iemand een foto van de nieuwe buren met 'weer een lading kamelendrijvers erbij'."),
 (H, "online", "Een gebruiker schreef onder de livestream van melder: 'negers hebben geen hersens, bewezen door de wetenschap'."),
 (G, "online", "Op een forum schreef iemand dat 'elke moskee moet worden platgegooid' en deelde daarbij de locatie van een moskee in Utrecht."),
 (S, "online", "Op het Instagramaccount van de homobar verschenen reacties als 'jullie zouden allemaal aids moeten krijgen'."),
 (X, "online", "Een streamer zei in een livestream dat 'vrouwen niet kunnen gamen en in de keuken horen' en riep kijkers op melder te spammen. Zij kreeg daarna honderden berichten."),
 (D, "online", "In een TikTok werd melder, die autistisch is, nagedaan met de tekst 'autisten zijn zo irritant, opsluiten die hap'."),
 (T, "online", "Na de aankondiging van de dragshow in de bibliotheek schreven meerdere mensen op Facebook dat 'die perverse trans kinderlokkers' moeten worden 'aangepakt'."),
 (H, "woning", "De verhuurder liet weten: 'de kamer is alleen voor Nederlanders, geen expats of buitenlanders, sorry'."),
 (H, "woning", "Mld. verklaart dat de huisbaas haar huur opzegde nadat haar Ghanese vriend bij haar introk. Hij zei: 'ik wil geen zwarte mensen in mijn woning'."),
 (G, "woning", "De makelaar zei dat de eigenaar 'geen hoofddoeken' in de wijk wil en dat melder beter ergens anders kan zoeken."),
 (X, "woning", "Volgens melder verhuurt de eigenaar alleen aan mannen: 'vrouwen willen altijd van alles veranderen aan het huis'."),
 (H, "school", "Een leerling van groep 8 kreeg van de juf een lager schooladvies. Zij zei tegen de ouders: 'kinderen uit jullie cultuur redden het toch niet op de havo'."),
 (H, "sport", "Bij de hockeywedstrijd riep een vader van de tegenpartij naar een speler: 'ga terug naar je hut, aap'."),
 (G, "sport", "Tijdens het kickboksgala werd een vechter met baard uitgejouwd met 'ISIS, ISIS' en 'moslim eruit'."),
 (H, "sport", "De scheidsrechter noteerde in zijn rapport dat een speler zijn tegenstander 'kankerchinees' noemde en daarna een rode kaart kreeg."),
 (S, "sport", "In de kleedkamer zeiden teamgenoten dat 'die nicht' maar ergens anders moet douchen, anders slaan ze hem in elkaar."),
 (H, "buren", "De buurman zette een bord in zijn tuin: 'Buitenlanders, jullie zijn hier niet welkom' en wees daarbij naar de woning van melder."),
 (G, "buren", "De buurvrouw schreeuwt elke vrijdag als melder naar de moskee gaat: 'daar gaat de terrorist weer'."),
 (A, "buren", "De buurman van melder heeft een Palestijnse vlag met 'vergas de zionisten' voor het raam gehangen, pal tegenover melders huis met mezoeza."),
 (H, "verkeer", "De buschauffeur weigerde melder en zijn vrienden in te laten stappen en zei: 'ik heb geen zin in jullie soort, wacht maar op de volgende'."),
 (H, "dienstverlening", "Melder werd bij de apotheek als laatste geholpen terwijl hij vooraan stond. De medewerker zei: 'wij helpen eerst de Nederlanders'."),
 (G, "dienstverlening", "Bij de balie van de gemeente weigerde de ambtenaar een pasfoto met hoofddoek te accepteren, terwijl dat wettelijk mag, en zei: 'dit is een vrij land, doe dat ding af'."),
 (S, "dienstverlening", "De huisarts weigerde de tweede moeder als ouder te noteren en zei dat 'een kind nu eenmaal een vader nodig heeft, geen twee lesbiennes'."),
 (H, "geweld", "Bet. stond te wachten bij de tramhalte toen een man hem een kopstoot gaf. Getuigen hoorden de man zeggen: 'dit land is van ons, niet van jullie bruintjes'."),
 (S, "geweld", "Melder en zijn vriend werden na het zoenen in de trein door een man geslagen die riep: 'dit is Nederland niet, vuile homo's'."),
 (D, "geweld", "Bet. heeft het syndroom van Down en werd in het park met eieren bekogeld door jongeren die 'gehandicapte' riepen."),
 (A, "geweld", "Een Joodse jongen werd op het schoolplein in elkaar geslagen. De daders zeiden dat hij 'boete moest betalen voor Gaza'."),
 (T, "bedreiging", "Melder kreeg na haar interview een brief: 'Transjes zoals jij moeten worden uitgeroeid. We weten waar je werkt.'"),
 (L, "bedreiging", "Een jongeman zei tegen de oudere melder in de lift: 'Als je niet opschiet duw ik je de trap af, ouwe.'"),
]
NEG = [
 # afkomst in een signalement
 ("afkomst", "Melder zag een man van Noord-Afrikaanse afkomst, ca. 1.80 m, met een donkere jas, die de fiets van de standaard tilde en wegreed."),
 ("afkomst", "Vdt. is een vrouw van Surinaamse afkomst, ongeveer 40 jaar. Zij heeft in de drogisterij cosmetica in haar tas gestopt en is zonder te betalen vertrokken."),
 ("afkomst", "Signalement: man, getinte huidskleur, zwart haar, baardje, spreekt gebroken Nederlands met een Oost-Europees accent."),
 ("afkomst", "Bet., een Turkse man van 55, is met zijn auto tegen een lantaarnpaal gereden. Geen letsel, blaastest negatief."),
 ("afkomst", "De vermiste jongen is van Eritrese afkomst, 16 jaar, spreekt Tigrinya en een beetje Engels."),
 ("afkomst", "Aangever, een Poolse vrachtwagenchauffeur, meldt diefstal van diesel uit zijn tank op de parkeerplaats."),
 ("afkomst", "Melder verklaarde dat de dader een blanke man was met een kaal hoofd en een tatoeage in zijn nek."),
 ("afkomst", "De drie verdachten, volgens getuigen Marokkaanse jongeren, gingen er op een scooter vandoor richting de Schiekade."),
 ("afkomst", "Bet. is een Chinese studente die haar telefoon in de trein heeft laten liggen. Zij is geholpen met het blokkeren."),
 ("afkomst", "Mld. is van Antilliaanse afkomst en meldt dat haar zoon sinds gisteravond niet is thuisgekomen."),
 ("afkomst", "Vdt., een Bulgaarse man, werd aangehouden voor rijden onder invloed. Hij verklaarde dat hij twee biertjes had gedronken."),
 ("afkomst", "Getuige omschreef de man als 'een donkere jongen met een rood trainingspak'. Camerabeelden worden opgevraagd."),
 ("afkomst", "Melder, van Syrische afkomst, werd op zijn werk bestolen van zijn portemonnee uit zijn jas in de kantine."),
 ("afkomst", "De overleden man is vermoedelijk een dakloze Roemeen. Er zijn geen sporen van geweld aangetroffen."),
 ("afkomst", "Vdt. gaf op dat hij de Marokkaanse nationaliteit heeft en geen vaste woon- of verblijfplaats in Nederland."),
 ("afkomst", "Aangeefster is een Ghanese vrouw van 34. Zij meldt dat haar ex-partner haar blijft appen, hoewel zij dat niet wil."),
 ("afkomst", "Het slachtoffer van de aanrijding, een Afghaanse fietser, is met een gebroken been naar het ziekenhuis gebracht."),
 ("afkomst", "De Turkse bakker aan de Hoofdstraat meldt dat er 's nachts is ingebroken; de kassa is leeggehaald."),
 # tolk
 ("tolk", "Verhoor afgenomen met een tolk Arabisch via de tolkentelefoon. Vdt. ontkent de diefstal."),
 ("tolk", "Aangifte opgenomen met behulp van een tolk in het Pools. Aangever verklaart dat zijn fiets uit de schuur is gestolen."),
 ("tolk", "Mld. spreekt alleen Turks. Haar dochter heeft vertaald. Het gaat om een lekkage vanuit de bovenwoning."),
 ("tolk", "Tolk Tigrinya was niet beschikbaar; verhoor is verplaatst naar morgen 10.00 uur."),
 ("tolk", "Bet. is doof; het gesprek is gevoerd met een tolk Nederlandse Gebarentaal. Bet. doet aangifte van oplichting via Marktplaats."),
 ("tolk", "Melder wilde aangifte doen maar spreekt alleen Oekraïens. Afspraak gemaakt met tolk voor donderdag."),
 # gebedshuis als locatie
 ("plek", "Bij de moskee aan de Javastraat is een auto opengebroken. Er is een laptop weggenomen."),
 ("plek", "Verkeersregelaars ingezet bij de synagoge vanwege een bruiloft; geen bijzonderheden."),
 ("plek", "Melder parkeert elke zondag bij de kerk en vond vandaag een kras op zijn auto. Geen getuigen."),
 ("plek", "Fietsendiefstal bij de ingang van de Mevlana moskee. Slot doorgeknipt, fiets weg."),
 ("plek", "Vrijdag tijdens het gebed veel drukte rond de moskee; buurtbewoners klagen over foutparkeerders. Handhaving ingelicht."),
 ("plek", "Bij het Joods Museum is een bezoeker onwel geworden. Ambulance ter plaatse."),
 ("plek", "Inbraak in de pastorie naast de katholieke kerk; er is geld uit de collectebus weggenomen."),
 ("plek", "Surveillance bij de hindoetempel i.v.m. het Diwalifeest; rustig verlopen."),
 ("plek", "Mld. zag bij de synagoge een verdacht pakketje. EOD ter plaatse; bleek een vergeten boodschappentas."),
 ("plek", "Een man is bij de moskee aan de Laan van Nieuw Oost van zijn fiets gevallen en heeft zijn pols gebroken."),
 ("plek", "Lichte aanrijding op de parkeerplaats van het COC-pand. Schade uitgewisseld."),
 ("plek", "De koster van de Oude Kerk meldt dat de verwarming is gestolen uit het bijgebouw."),
 # burenruzie zonder motief
 ("ruzie", "Melder, van Turkse afkomst, heeft al maanden ruzie met zijn Nederlandse buurman over de schutting. Vandaag is er over en weer geschreeuwd. Melder geeft aan dat het alleen om de schutting gaat."),
 ("ruzie", "Burenruzie tussen een Marokkaans gezin en de bovenburen over geluidsoverlast. Beide partijen beschuldigen elkaar van lawaai. Geen uitlatingen over afkomst gedaan."),
 ("ruzie", "Mld. (Pools) en zijn buurman kregen ruzie over een parkeerplaats. De buurman noemde hem een 'klootzak' en duwde hem. Melder heeft niet het idee dat het om zijn afkomst ging."),
 ("ruzie", "Twee buurvrouwen, een van Surinaamse en een van Kaapverdische afkomst, kregen ruzie over de was op de galerij. Bemiddeld door wijkagent."),
 ("ruzie", "Vdt. riep tegen melder: 'als je nog één keer je auto voor mijn deur zet, sla ik je ramen in'. Melder is Syrisch; er is niets over zijn afkomst gezegd."),
 ("ruzie", "Conflict bij het buurthuis tussen twee mannen over een kaartspel. Een van de mannen, van Marokkaanse afkomst, kreeg een klap. Volgens getuigen ging het om geld."),
 ("ruzie", "Melder heeft ruzie met de buurvrouw, die een hoofddoek draagt, over de kat die in de zandbak poept. Er zijn geen scheldwoorden gevallen."),
 ("ruzie", "Vechtpartij voor de snackbar tussen twee groepen jongeren. Aanleiding was volgens getuigen een meisje. Eén jongen heeft een bloedneus."),
 ("ruzie", "Aangever werd door zijn buurman uitgescholden voor 'idioot' en 'rotzak' nadat zijn hond in de tuin had geblaft."),
 ("ruzie", "Melder voelde zich niet gediscrimineerd, maar wil wel vastleggen dat de buurman haar bedreigd heeft met 'ik maak je kapot' na een ruzie over de heg."),
 ("ruzie", "Tussen de Somalische en de Nederlandse buren is een conflict over de gezamenlijke tuin. Melder zegt dat de buren haar 'een zeur' noemen. Zij denkt niet dat haar afkomst een rol speelt."),
 ("ruzie", "Twee taxichauffeurs kregen ruzie op de standplaats over wie de klant mocht meenemen. Eén van hen, een Turkse man, werd tegen de auto geduwd."),
 ("ruzie", "De Poolse en Roemeense arbeiders in het logiesgebouw kregen ruzie over de keuken. Politie heeft de partijen gescheiden; geen aangifte."),
 ("ruzie", "Melder (Antilliaans) noemde zijn buurman een 'kutwijf' na een ruzie over de container. De buurvrouw wil aangifte doen van belediging."),
 # melder voelde zich niet gediscrimineerd / ander motief
 ("geen-motief", "Melder werd bij de club geweigerd omdat hij sportschoenen droeg. Hij voelde zich niet gediscrimineerd, hij vond het alleen flauw."),
 ("geen-motief", "Melder, die een hoofddoek draagt, kreeg geen kamer omdat de verhuurder al een andere huurder had gevonden. Melder geeft aan dat zij zich niet gediscrimineerd voelt."),
 ("geen-motief", "Aangever dacht eerst aan discriminatie, maar bij navraag bleek de vacature al vervuld voordat hij solliciteerde. Hij trekt de melding in."),
 ("geen-motief", "De portier weigerde melder omdat hij te dronken was. Melder erkent dat hij veel op had."),
 ("geen-motief", "Melder werd geweigerd bij de bus omdat zij geen geldig vervoersbewijs had. De chauffeur bleef beleefd."),
 ("geen-motief", "Mld. is ontslagen na drie waarschuwingen wegens te laat komen. Hij geeft aan dat het niets met zijn afkomst te maken heeft, hij wil alleen weten of het ontslag rechtsgeldig is."),
 ("geen-motief", "De verhuurder wees melder af omdat hij geen loonstroken kon laten zien. Melder vond dat vervelend maar niet discriminerend."),
 ("geen-motief", "Melder in rolstoel kon de bus niet in omdat de uitklapplank defect was. De chauffeur heeft een taxi geregeld."),
 ("geen-motief", "Melder (70) werd geweigerd bij de verzekering vanwege een openstaande schuld, niet vanwege haar leeftijd, zo blijkt uit de brief."),
 ("geen-motief", "Het restaurant weigerde het gezelschap omdat er niet was gereserveerd en de keuken bijna dicht was."),
 ("geen-motief", "Melder werd bij de ingang van het stadion tegengehouden omdat hij een stadionverbod heeft. Hij ontkent dat niet."),
 ("geen-motief", "Bet. heeft het gevoel dat de buurman hem negeert, maar zegt zelf dat de buurman tegen iedereen zo is."),
 ("geen-motief", "Melder vroeg of het met haar hoofddoek te maken had. De medewerker liet het reglement zien: in de sauna geen badkleding, voor iedereen. Melder accepteerde dat."),
 ("geen-motief", "Melder werd niet aangenomen als buschauffeur omdat zij geen rijbewijs D heeft. Zij geeft aan dat zij zich niet gediscrimineerd voelt."),
 ("geen-motief", "De beveiliging controleerde de tas van melder bij de uitgang, zoals bij alle klanten met een grote tas. Melder vond het vervelend; van discriminatie is geen sprake."),
 ("geen-motief", "Mld. meldde eerst dat zij door haar afkomst niet werd geholpen, maar trok dat later in: het loket was gewoon gesloten."),
 # beleid / intern
 ("beleid", "Overleg met het antidiscriminatiebureau over de jaarcijfers: het aantal meldingen over huisvesting is gestegen."),
 ("beleid", "Briefing: op zaterdag Pride-botenparade, extra inzet langs de Prinsengracht. Let op zakkenrollers."),
 ("beleid", "De raadscommissie besprak het plan voor een nieuw AZC aan de rand van de wijk. Bewoners stelden vragen over verkeer en parkeren."),
 ("beleid", "Training 'herkennen van discriminatie in aangiftes' gevolgd door het basisteam. Volgende sessie in maart."),
 ("beleid", "Verbalisant heeft de melding over een vermeende weigering bij de club doorgezet naar het discriminatiemeldpunt, conform werkinstructie."),
 ("beleid", "Wijkagent had een gesprek met het moskeebestuur over de verkeersveiligheid bij de school ernaast."),
 ("beleid", "In de gemeenteraad werd gediscussieerd over de vraag of ambtenaren een hoofddoek mogen dragen achter de balie. Geen politie-inzet nodig."),
 ("beleid", "De vakbond organiseert een bijeenkomst over leeftijdsdiscriminatie bij sollicitaties. Politie is uitgenodigd als spreker."),
 ("beleid", "Code in BVH aangepast: registratie 2026-0412 ten onrechte als discriminatie gecodeerd, betreft een gewone burenruzie."),
 ("beleid", "Bespreking van het nieuwe beleid over etnisch profileren met de teamchef. Alle collega's moeten de e-learning afronden."),
 ("beleid", "De gemeente heeft een convenant gesloten met de Joodse gemeenschap over beveiliging van de synagoge tijdens feestdagen."),
 ("beleid", "Presentatie van het COC op het bureau over de veiligheid van lhbti-jongeren op school."),
 ("beleid", "Demonstratie tegen racisme op het Malieveld verliep rustig. Ongeveer 800 deelnemers, geen aanhoudingen."),
 ("beleid", "Verslag van het overleg met de woningcorporatie over toewijzing van woningen aan statushouders. Afgesproken dat de wijkagent aanschuift bij de bewonersavond."),
 ("beleid", "De burgemeester sprak op de herdenking bij het Holocaustmonument. Het verliep ordelijk; ca. 200 aanwezigen."),
 ("beleid", "Aanvraag voor een demonstratie van een actiegroep tegen de komst van een AZC is ingediend. De route wordt besproken met de gemeente."),
 ("beleid", "Jaarverslag: 14 registraties met een antisemitisch motief, 9 met een motief van seksuele gerichtheid."),
 ("beleid", "De supportersvereniging heeft met de club afspraken gemaakt over het weren van racistische spreekkoren. Politie houdt toezicht."),
]
NEG2 = [
 # handicap
 ("handicap", "Melder zit in een rolstoel en meldt dat zijn scootmobiel uit de berging is gestolen."),
 ("handicap", "Bet. is blind en werd met zijn geleidehond door een fietser aangereden. De fietser heeft zijn gegevens achtergelaten."),
 ("handicap", "Vermissing: man van 34 met een verstandelijke beperking, is niet teruggekeerd naar de woongroep. Hij draagt een blauwe jas."),
 ("handicap", "Melder, die doof is, doet via de chat aangifte van inbraak in haar schuur."),
 ("handicap", "De man met de rollator viel bij het oversteken; omstanders hebben hem geholpen. Hij heeft een hoofdwond."),
 ("handicap", "Aangever heeft autisme en raakte in paniek toen hij in de trein werd aangesproken door een conducteur. Situatie gedeëscaleerd."),
 ("handicap", "De invalidenparkeerplaats voor de apotheek wordt steeds door dezelfde bestelbus bezet. Melder vraagt om handhaving."),
 ("handicap", "Mld. heeft epilepsie en kreeg een aanval in de supermarkt. Ambulance ter plaatse, geen strafbare feiten."),
 ("handicap", "Het busje van de zorginstelling voor mensen met een beperking is opengebroken; de radio is weg."),
 ("handicap", "Melder in een rolstoel kon het stembureau niet in omdat de drempel te hoog was. De gemeente heeft een tijdelijke oprit geplaatst."),
 ("handicap", "Een blinde man vroeg verbalisanten de weg naar het station. Begeleid tot aan de ingang."),
 # leeftijd
 ("leeftijd", "Oplichting: een man van 84 werd gebeld door een valse bankmedewerker en heeft zijn pinpas afgegeven."),
 ("leeftijd", "Een groep jongeren van 14 tot 16 jaar veroorzaakt overlast bij het winkelcentrum. Zij zijn weggestuurd."),
 ("leeftijd", "De oudere vrouw (91) is gevallen in haar woning en kon niet opstaan. Buren hebben de politie gebeld."),
 ("leeftijd", "Melder (67) meldt dat zij via WhatsApp is opgelicht door iemand die zich voordeed als haar kleinzoon."),
 ("leeftijd", "De bejaarde bestuurder reed tegen een paaltje bij het verzorgingshuis. Rijbewijs was geldig."),
 ("leeftijd", "Vdt. is 17 jaar en wordt doorverwezen naar Halt voor vernieling van een bushokje."),
 ("leeftijd", "In het bejaardentehuis is een portemonnee gestolen uit een kamer. Personeel wordt gehoord."),
 ("leeftijd", "De vacature voor een bijbaan bij de supermarkt vermeldt een minimumleeftijd van 16 jaar, in verband met de arbeidstijdenwet."),
 # religieus als beschrijving
 ("religieus", "Signalement van de winkeldievegge: vrouw met een zwarte hoofddoek en een lange grijze jas."),
 ("religieus", "Bet., een man met een keppeltje, is op de fiets aangereden door een auto die door rood reed."),
 ("religieus", "Melder draagt een hoofddoek en meldt dat haar handtas in de tram is gerold."),
 ("religieus", "Vdt. droeg een djellaba en sandalen en liep weg richting het park."),
 ("religieus", "De Sikh taxichauffeur met tulband meldt dat een klant zonder te betalen is weggelopen."),
 ("religieus", "Bet. is een pastoor die na de mis zijn autosleutels kwijt is."),
 ("religieus", "De vrouw in nikab werd aangehouden wegens rijden zonder rijbewijs. Zij liet zich in een aparte ruimte door een vrouwelijke collega identificeren."),
 ("religieus", "Mld. zag twee jongens met een keppel bij de bushalte ruzie maken met elkaar over een telefoon."),
 # geslacht
 ("geslacht", "Aangeefster wordt door haar ex-vriend gestalkt. Hij staat elke avond voor haar deur."),
 ("geslacht", "De vrouwelijke buschauffeur werd door een dronken passagier geduwd toen zij om zijn kaartje vroeg."),
 ("geslacht", "Vechtpartij tussen twee vrouwen bij de kassa van de Action om een aanbieding."),
 ("geslacht", "In het damestoilet van het station is een tas gevonden met paspoort. Eigenares is gebeld."),
 ("geslacht", "Mld. meldt dat haar man haar telefoon heeft afgepakt na een ruzie. Casus doorgezet naar Veilig Thuis."),
 ("geslacht", "Het vrouwenvoetbalteam meldt dat de kleedkamer is opengebroken tijdens de wedstrijd."),
 # genderidentiteit / seksuele gerichtheid als feit
 ("identiteit", "Aangeefster is een transvrouw en doet aangifte van diefstal van haar fiets bij het station."),
 ("identiteit", "Bet. en zijn man melden een inbraak in hun woning tijdens de vakantie."),
 ("identiteit", "Melder, die zelf lesbisch is, meldt geluidsoverlast van de buren die elke nacht feesten."),
 ("identiteit", "De homobar aan de Reguliersdwarsstraat meldt dat een klant zonder te betalen is vertrokken."),
 ("identiteit", "Mld. vertelt dat hij homo is en zijn partner sinds drie dagen vermist. Partner heeft een depressie."),
 ("identiteit", "Op het Roze Zaterdag-feest is een tas gestolen. Melder weet niet wie het was."),
 ("identiteit", "Verbalisant sprak met de organisatie van de transgenderbijeenkomst over de route. Geen bijzonderheden."),
 # regenboog
 ("regenboog", "Schade aan een auto in de Regenboogstraat. Kras over de hele zijkant, geen getuigen."),
 ("regenboog", "Het regenboogzebrapad bij het gemeentehuis is opnieuw geschilderd; verkeer tijdelijk omgeleid."),
 ("regenboog", "De regenboogvlag bij het stadhuis is door de storm gescheurd. Gemeente hangt een nieuwe op."),
 ("regenboog", "Op basisschool De Regenboog is een ruit ingegooid. Vermoedelijk door een voetbal; geen opzet."),
 ("regenboog", "Kinderdagverblijf Regenboogje meldt dat de bakfiets is gestolen."),
 # homoniemen
 ("homoniem", "Melder vond een pot met geld in de tuin bij het spitten en bracht die naar het bureau."),
 ("homoniem", "Mijn nicht is sinds gisteren niet thuisgekomen, verklaart melder. Zij is 15 jaar."),
 ("homoniem", "Vdt. zei tegen de buurman: 'flikker op met je herrie', waarna de buurman de politie belde."),
 ("homoniem", "Melder zag een zwarte BMW met hoge snelheid door de woonwijk rijden."),
 ("homoniem", "De Turkse pizza van de snackbar bleek bedorven; melder heeft de NVWA ingelicht."),
 ("homoniem", "Melder heeft zijn zwarte piet, de kat, al twee dagen niet gezien en vraagt of er een kat is gevonden."),
 ("homoniem", "Vdt. reed met een bak vol oud ijzer, een zogenaamde zigeunerwagen van de kermis, over de stoep."),
 ("homoniem", "Bet. gaf aan dat hij 'een beetje mongool' had gedaan door zijn sleutels binnen te laten liggen, en vroeg om hulp."),
 ("homoniem", "De mannen van de bouw stonden op het dak en riepen naar elkaar 'hé mietje, geef die hamer eens'. Geen klachten."),
 ("homoniem", "Melder is gebeten door een hond, een Duitse herder, van de buren."),
 ("homoniem", "In de kroeg werd gezongen 'we gaan nog niet naar huis'. Buren klagen over geluidsoverlast."),
 # gewone bedreiging of scheldpartij zonder groep
 ("ruzie", "Vdt. dreigde melder 'kapot te maken' omdat melder hem op zijn fout parkeren had aangesproken."),
 ("ruzie", "Melder werd na een aanrijding door de andere bestuurder uitgescholden voor 'kankerlijer' en 'mongool van een chauffeur'. Het ging om de schade."),
 ("ruzie", "In de trein schold een man de conducteur uit voor 'klootzak' toen hij een boete kreeg."),
 ("ruzie", "Vdt. stuurde zijn ex: 'ik weet waar je woont en ik kom je halen'. Aangifte bedreiging opgenomen."),
 ("ruzie", "Een klant noemde de caissière een 'dom wijf' omdat de kassa storing had. Zij wil geen aangifte."),
 ("ruzie", "Twee automobilisten kregen ruzie op de rotonde; een van hen sloeg met een stuurslot op de motorkap."),
 ("ruzie", "Mld. werd door een collega 'sukkel' en 'loser' genoemd na een discussie over het rooster."),
 ("ruzie", "Tijdens de voetbalwedstrijd kregen twee spelers ruzie. De scheidsrechter gaf beiden rood wegens schelden."),
 ("ruzie", "Vdt. bedreigde de portier met 'ik kom terug met mijn vrienden' nadat hij was weggestuurd voor het gooien van glazen."),
 # groep naast een gewoon delict
 ("delict", "Bij de Poolse supermarkt is ingebroken. Alcohol en sigaretten weggenomen."),
 ("delict", "In het AZC is een fiets gestolen van een bewoner. Bewoner heeft aangifte gedaan."),
 ("delict", "Een groep Roemeense mannen werd aangehouden voor zakkenrollen op de kerstmarkt. Zij worden voorgeleid."),
 ("delict", "Vdt., een Nigeriaanse man, wordt verdacht van phishing via nepberichten van een bank."),
 ("delict", "De Turkse kapperszaak aan de Kruisweg is beschoten. Geen gewonden. Recherche onderzoekt een conflict in het criminele milieu."),
 ("delict", "Een moslimvrouw werd van haar tas beroofd in het park. De dader rende weg met de tas."),
 ("delict", "De Joodse slager meldt dat een leverancier niet heeft geleverd maar wel heeft gefactureerd. Civiele zaak, doorverwezen."),
 ("delict", "Statushouders in de flat aan de Plataanweg melden dat hun brievenbussen zijn opengebroken. Ook andere bewoners getroffen."),
 ("delict", "Winkeldiefstal door twee Marokkaanse jongens bij de Hema. Beelden beschikbaar."),
 # reported speech met groepswoord zonder vijandigheid
 ("uitspraak", "Melder zei dat haar Turkse buurman altijd helpt met de boodschappen en nu al een week niet thuis is."),
 ("uitspraak", "Getuige verklaarde: 'de man sprak Arabisch met een vrouw in de auto, daarna reden ze weg'."),
 ("uitspraak", "Mld. zegt: 'ik ben zelf Surinaams en ik vind dat de politie snel was, dank daarvoor'."),
 ("uitspraak", "De Marokkaanse vader van de jongen zei tegen verbalisanten dat zijn zoon om 22.00 uur thuis had moeten zijn."),
 ("uitspraak", "Volgens de buurvrouw riep de Poolse man om hulp omdat zijn vrouw onwel was geworden."),
 ("uitspraak", "De imam van de moskee zei dat hij de jongens niet kent die de fietsen hebben meegenomen."),
 ("uitspraak", "Melder vertelde dat zij Joods is en dat haar fiets al voor de derde keer is gestolen, steeds bij het station."),
 ("uitspraak", "Bet. riep 'help, help' in het Engels; het bleek een Chinese toerist die haar groep kwijt was."),
 ("uitspraak", "De trainer zei dat de Ghanese spits van het team de doelpunten maakte en dat er na de wedstrijd een feestje was."),
 ("uitspraak", "Mld. schreef in de melding dat haar dove zoon wordt gepest, maar dat dat om zijn kleding gaat, niet om zijn doofheid."),
 ("uitspraak", "Vdt. verklaarde: 'ik ben moslim, ik drink geen alcohol, dus ik was niet dronken'. Blaastest bevestigde dat."),
 # online neutraal
 ("online", "In de Facebookgroep van de wijk werd gevraagd of iemand de eigenaar kent van de zwarte kat met het rode bandje."),
 ("online", "Op Instagram deelde de moskee een oproep voor de voedselbank. Er waren veel positieve reacties."),
 ("online", "Een gebruiker op X klaagde dat de Pride-parade het verkeer in de binnenstad lamlegde. Geen strafbare uitlatingen."),
 ("online", "Melder werd op Marktplaats opgelicht door een verkoper die zich voordeed als een Belgische student."),
 ("online", "In de buurtapp werd gewaarschuwd voor twee mannen die deurbellen afgaan en zich voordoen als monteur."),
 ("online", "Onder een nieuwsbericht over een nieuw AZC schreven bewoners vooral over verkeer en de komst van een supermarkt."),
 ("online", "Een TikTok van een Turkse bakker die baklava maakt ging viraal; de bakker meldt dat er nu veel drukte is voor zijn winkel."),
 ("online", "Melder ontving een nepbericht van 'PostNL' met een link. Zij heeft niets ingevuld."),
]
NEG3 = [
 ("werk", "Melder, een Turkse uitzendkracht, meldt dat zijn werkgever zijn loon van twee weken niet heeft uitbetaald. Hetzelfde geldt voor zijn Nederlandse collega's."),
 ("werk", "Mld. werkt als schoonmaakster in een kantoorpand en werd door haar leidinggevende berispt omdat zij te laat kwam. Zij vond de toon onprettig."),
 ("werk", "Ruzie tussen twee collega's van het distributiecentrum, een Pool en een Nederlander, over de vorkheftruck. De Pool kreeg een duw. Beiden geschorst."),
 ("werk", "Melder werd ontslagen na een reorganisatie waarbij de helft van de afdeling is vertrokken. Hij wil weten of hij recht heeft op een vergoeding."),
 ("werk", "Aangeefster (59) meldt dat haar collega geld uit de fooienpot heeft gehaald."),
 ("werk", "Sollicitant met een hoofddoek werd aangenomen bij de bakkerij, maar meldt dat haar fiets bij het pand is gestolen."),
 ("werk", "Bij het uitzendbureau voor Poolse arbeidskrachten is een kluis opengebroken."),
 ("school", "De basisschool meldt dat een leerling van groep 7 een mes mee naar school nam. Ouders zijn ingelicht."),
 ("school", "Twee meisjes vochten op het schoolplein om een telefoon; een van hen, van Marokkaanse afkomst, heeft een blauw oog."),
 ("school", "De islamitische basisschool meldt dat het hek is beschadigd door een vrachtwagen die achteruit reed."),
 ("school", "De docent meldt dat een leerling met dyslexie zijn examen mag maken met extra tijd; geen politiezaak, per abuis bij ons gemeld."),
 ("school", "Ouders van een leerling met het syndroom van Down klagen over de busvervoerder die te laat komt."),
 ("sport", "Na de wedstrijd tussen het Turkse en het Marokkaanse zaterdagteam was er een opstootje om een gemiste penalty. Geen uitlatingen over afkomst gehoord."),
 ("sport", "De Surinaamse trainer van het jeugdteam meldt dat er voetballen uit de materialenkamer zijn gestolen."),
 ("sport", "Bij de rolstoelbasketbalwedstrijd is een portemonnee gestolen uit de kleedkamer."),
 ("sport", "Supporters zongen 'wij zijn de kampioenen' en staken vuurwerk af. Tegen twee personen proces-verbaal wegens vuurwerk."),
 ("sport", "De scheidsrechter meldt dat hij na de wedstrijd werd uitgescholden voor 'blinde' en 'prutser' omdat hij een goal afkeurde."),
 ("weigering", "De portier weigerde melder omdat de club vol zat. Na een half uur mocht hij alsnog naar binnen."),
 ("weigering", "De taxichauffeur weigerde de rit omdat melder met een grote hond was, die niet in de kofferbak paste. Het was geen hulphond."),
 ("weigering", "Melder kreeg geen hypotheek omdat zijn inkomen te laag is. De bank heeft dat schriftelijk uitgelegd."),
 ("weigering", "De kroeg weigerde een groep van twaalf jongens in voetbalshirts omdat er die avond een wedstrijd van de rivaal werd vertoond."),
 ("weigering", "De verhuurder wees melder af omdat hij huisdieren heeft en dat in het contract niet mag."),
 ("weigering", "Melder mocht niet met zijn scooter de voetgangerszone in. Hij vond dat onterecht."),
 ("weigering", "De supermarkt verkocht geen alcohol aan melder omdat hij zijn identiteitsbewijs niet bij zich had. Hij is 19."),
 ("weigering", "Bij de ingang van het concert werd de tas van melder afgenomen omdat er een fles in zat. Dat gold voor iedereen."),
 ("weigering", "De school weigerde de inschrijving van melders zoon omdat de klas vol is; hij staat op de wachtlijst."),
 ("weigering", "De vervoerder weigerde melder in de rolstoeltaxi omdat de rit niet was aangevraagd. Nieuwe rit gepland voor morgen."),
 ("weigering", "Melder, die een hoofddoek draagt, werd niet aangenomen bij de bank. In de afwijzing staat dat een andere kandidaat meer ervaring had; melder kan dat volgen."),
 # melder denkt het niet / twijfel dat wordt weggenomen
 ("geen-motief", "Melder wilde vooral kwijt dat hij de buurman niet vertrouwt. Op de vraag of hij zich gediscrimineerd voelt zei hij nee."),
 ("geen-motief", "Mld. is Marokkaans en werd bij de controle als enige staande gehouden. Bij nader inzien reed hij zonder licht; hij kreeg een bekeuring en zegt dat het terecht was."),
 ("geen-motief", "De moeder van bet. vroeg of de pesterijen met de handicap van haar zoon te maken hadden. Volgens de school gaat het om een ruzie tussen twee vriendengroepen; bet. bevestigt dat."),
 ("geen-motief", "Melder was boos dat zij niet werd geholpen bij het gemeenteloket, maar het loket sloot om 17.00 uur en zij kwam om 17.10 uur."),
 # beleid met zware woorden
 ("beleid", "In de cursus werden voorbeelden besproken van zinnen als 'geen Marokkanen' in woningadvertenties, en hoe je die herkent. Geen melding."),
 ("beleid", "Persbericht van de gemeente: 'discriminatie op de woningmarkt pakken we aan met praktijktesten'."),
 ("beleid", "De teamchef vraagt collega's om bij elke weigering bij horeca na te vragen of afkomst een rol speelde en dat vast te leggen."),
 ("beleid", "De wijkagent gaf een voorlichting over online haat aan ouders in het buurthuis. Veel vragen over TikTok."),
 ("beleid", "Het debat in de raad ging over de vraag of de moskee een minaret mag bouwen; de vergadering verliep ordelijk."),
 ("beleid", "Klacht van een burger over het antidiscriminatiebeleid van de gemeente: hij vindt het 'geldverspilling'. Doorgestuurd naar de gemeente."),
 ("beleid", "Een bewoner belde met de vraag of het verboden is een vlag van Israël uit het raam te hangen. Uitgelegd dat dat mag."),
 ("beleid", "Melding van het discriminatiemeldpunt over een klacht die al in behandeling is; dubbel geregistreerd, deze mutatie sluiten."),
 ("beleid", "De projectgroep bespreekt hoe vaak melders bij een weigering aan de deur 'omdat ik zwart ben' zeggen en hoe je dat navraagt. Alleen overleg."),
 ("beleid", "De teamleider noteert dat de cursus 'Omgaan met verwarde personen en mensen met een beperking' goed is ontvangen."),
 ("beleid", "Gesprek met de organisatie van de Keti Koti-viering over de route en de beveiliging."),
 ("beleid", "Het Holocaust Namenmonument krijgt extra camerabewaking na eerdere incidenten elders; geen nieuw incident."),
 # overig neutraal
 ("overig", "Melder woont in een woonwagen op het kamp aan de Dijk en meldt dat zijn aanhanger is gestolen."),
 ("overig", "Alleenstaande moeder meldt dat haar ex de kinderen niet terugbrengt na het weekend. Doorverwezen."),
 ("overig", "Bet. is gemeenteraadslid en meldt dat zijn fietsband lek is gestoken voor het stadhuis. Hij denkt aan kattenkwaad."),
 ("overig", "De Chinese toeristen in de bus werden door de chauffeur geholpen met het kopen van een kaartje."),
 ("overig", "De vluchtelingen in de noodopvang kregen vandaag bezoek van de wijkagent voor kennismaking."),
 ("overig", "In het buurthuis vond een iftarmaaltijd plaats voor buurtbewoners van alle achtergronden. Rustig verlopen."),
 ("overig", "Bij de synagoge stonden voor de sabbat twee beveiligers. Geen bijzonderheden."),
 ("overig", "Mld. (Afghaans) wil een verklaring dat zijn paspoort is gestolen, voor de IND."),
]

OPENINGS = [
    "Telefonische melding via 0900-8844.",
    "Melder kwam aan de balie van het bureau.",
    "Mutatie n.a.v. melding via de app.",
    "Melding via het contactformulier.",
    "Noodhulp ter plaatse na melding van een omstander.",
    "Wijkagent ontving de volgende melding.",
    "Aangifte opgenomen op afspraak.",
]

CLOSINGS = [
    "Melder wil aangifte doen.",
    "Melder wil (nog) geen aangifte doen, wel registratie.",
    "Geen camerabeelden beschikbaar.",
    "Terugbelverzoek voor de wijkagent gemaakt.",
    "Getuigen zijn niet gehoord.",
    "Zaak overgedragen aan de dienstdoende coördinator.",
    "Mld. is bereikbaar op het bekende nummer.",
]

SHORTHAND = [
    ("Melder ", "Mld. "), ("melder ", "mld. "), ("Aangever ", "Aang. "), ("aangever ", "aang. "),
    ("verdachte ", "vdt. "), ("Verdachte ", "Vdt. "), ("betrokkene ", "bet. "), ("Betrokkene ", "Bet. "),
    ("Verbalisant ", "Verbal. "), ("verbalisanten ", "verbal. "),
]


def typo(text, rnd):
    words = text.split(" ")
    long_ = [i for i, w in enumerate(words) if len(w) >= 6 and w.isalpha()]
    if not long_:
        return text
    i = rnd.choice(long_)
    w = words[i]
    j = rnd.randrange(1, len(w) - 2)
    words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    return " ".join(words)


def vary(text, rnd):
    if rnd.random() < 0.3:
        text = rnd.choice(OPENINGS) + " " + text
    if rnd.random() < 0.3:
        text = text + " " + rnd.choice(CLOSINGS)
    if rnd.random() < 0.4:
        for a, b in SHORTHAND:
            text = text.replace(a, b)
    if rnd.random() < 0.15:
        text = typo(text, rnd)
    return text


def held(text):
    return hashlib.sha256(("regs6:" + text).encode("utf-8")).digest()[0] % 10 < 3


def rows():
    rnd = random.Random(6)
    out = []
    for g, kind, t in POS + POS2 + POS3 + POS4:
        out.append((g, vary(t, rnd), kind))
    for kind, t in NEG + NEG2 + NEG3:
        out.append(("-", vary(t, rnd), "neutraal-" + kind))
    return out


def write(path, rows, what):
    with open(path, "w", encoding="utf-8") as f:
        f.write(f"# {what}. Generated by screen/testdata/gendev6.py; do not edit by hand.\n")
        f.write("# grounds TAB text TAB label (manifestation, or neutraal-kind)\n")
        f.write("grounds\ttext\n")
        for g, t, label in rows:
            f.write(f"{g}\t{t}\t{label}\n")


if __name__ == "__main__":
    all_rows = rows()
    texts = [r[1] for r in all_rows]
    assert len(texts) == len(set(texts)), "a text twice"
    for r in all_rows:
        assert "\t" not in r[1] and "\n" not in r[1]
    dev = [r for r in all_rows if not held(r[1])]
    ho = [r for r in all_rows if held(r[1])]
    write("screen/testdata/registrations-dev6.tsv", dev, "Realistic registrations (sixth set), development part")
    write("screen/testdata/registrations-heldout6.tsv", ho, "Realistic registrations (sixth set), held-out part")
    pos = sum(1 for r in all_rows if r[0] != "-")
    hpos = sum(1 for r in ho if r[0] != "-")
    print(len(all_rows), "texts,", pos, "discriminatory;", len(dev), "development,", len(ho), "held out (", hpos, "discriminatory)")
