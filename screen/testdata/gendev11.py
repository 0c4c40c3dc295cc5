#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generate the independent 'regs11' evaluation set for the Dutch discrimination screener.

How this set was written
------------------------
Every text below was written by hand, one at a time, from general knowledge of Dutch
police practice: BVH mutaties, aangiftes and meldingen as officers record them at the
desk, on the street or from the meldkamer (1-5 sentences, abbreviations such as mld.,
bet., vdt., AG, SO, verb., rapp., t.h.v., i.v.m., "Mutatie:", "Melding via 112", and the
occasional typo). The author did NOT read or run the screening engine: no source code,
no lexicon, no documentation and no other testdata under screen/ was opened (only the
format description in the docstring of gendev10.py). The set therefore measures how the
engine generalises to text that was not tuned to its word lists. No templates or grids
were used; no two texts differ only in a name or a group word. Quoted speech appears in
several forms (direct quotes, "zei dat ...", "riep iets als ..."), with occasional
Flemish and street language, and screenshots with disguised spellings (digits for
letters, spaced letters, words run together, dropped or doubled letters).

Rows
----
grounds  For a discriminatory text one or more of herkomst, godsdienst, antisemitisme,
         seksuele_gerichtheid, genderidentiteit, geslacht, handicap, leeftijd, overig
         (comma separated, no spaces). For a neutral text exactly "-".
text     The registration text (no tabs or newlines).
label    Discriminatory: the setting (horeca, werk, woning, online, buren, sport, school,
         vervoer, dienstverlening, graffiti, bedreiging, geweld, politie, winkel, zorg).
         Neutral: "neutraal-<kind>".

About 40% of the rows are discriminatory: insults with and without slurs, quoted as
said (also disguised in screenshots); threats and violence with a stated or evident
group motive; refusals at doors, shops, taxis, housing, jobs and services with the
reason given in everyday words; unequal treatment shown by comparison; graffiti,
stickers, letters and symbols; neighbour harassment; remarks by colleagues, teachers,
officials and police officers; online hate about a person's group; stereotypes used as
insults; hostile statements about a group in everyday words. "overig" covers political
opinion, marital status, woonwagenbewoners, homelessness and similar.

About 60% are neutral, because real screening sees far more neutral text. Kinds:
  beschrijving  origin, nationality, religion, skin colour, age, disability or
                orientation mentioned in an ordinary incident, or a mosque, synagogue,
                church, gay bar, AZC, Pride event as mere location
  slachtoffer   ordinary crime against a member of a group, nothing points to a motive
  ruzie         quarrels with everyday insults (kut, klootzak, lul, eikel, sukkel,
                kankerlijer ...) that are not about a group
  ontkenning    the reporter or the officer concludes there was no discriminatory
                motive, or an accusation of discrimination was investigated and found
                unfounded
  beleid        internal police texts, briefings, trainings, statistics, meetings about
                discrimination and diversity (slurs only quoted as examples)
  weigering     refusal or removal for a reason that holds for everyone (dress code,
                drunk, full, no ID, alcohol age limit, membership ...)
  homoniem      words that look like slurs or group words but are ordinary here (pot,
                nicht, flikkeren, Mongolian, place names, surnames, animals, food,
                old book titles quoted as titles)
  positief      praise, support or solidarity with a group or a member of a group
  overig        other daily business containing colour words and the like

Split
-----
A row is held out when hashlib.sha256(("regs11:" + text).encode()).digest()[0] % 10 < 3
(about 30%). Held-out rows go to registrations-heldout11.tsv, the rest to
registrations-dev11.tsv. Within each file rows are ordered by the SHA-256 hexdigest of
the text, so the output is fully deterministic. Run from any directory; files are
written next to this script. The script prints only counts per label and per ground.
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

# One row per line: grounds | label | text   (neutral rows: grounds "-", label kind)
DISCRIMINATORY = r'''
herkomst | werk | AG verklaart dat zijn leidinggevende bij het distributiecentrum hem al maanden "aap" noemt en in de pauze bananen op zijn kluisje legt. Collega's lachen mee. AG is van Surinaamse komaf en wil aangifte doen.
herkomst | horeca | Mld. werd met drie vrienden geweigerd bij de club aan de Stationsstraat. Portier zei letterlijk: "Geen Marokkanen vanavond, dat weet je toch." Zijn blanke collega die vijf minuten later aankwam werd wel binnengelaten.
herkomst | woning | Melder reageerde op een huurwoning via Pararius. Nadat zij haar achternaam had genoemd kreeg zij te horen dat de woning al weg was. Haar Nederlandse vriendin belde een uur later en mocht dezelfde dag nog komen kijken.
herkomst | vervoer | Taxichauffeur op de standplaats CS weigerde AG mee te nemen. Volgens AG zei hij: "Ik neem geen zwarten mee, die betalen toch nooit." Kenteken genoteerd, zie bijlage.
herkomst | buren | Melding via 112. Buurman van nr. 14 staat op de galerij te schreeuwen tegen melder: "Kutturk, ga terug naar je eigen land!" Melder is bang, kinderen zijn thuis. Eenheid gestuurd.
herkomst | graffiti | Op de gevel van de Poolse supermarkt aan de Dorpsstraat is met zwarte spuitbus POLEN ROTOP en een hakenkruis aangebracht. Eigenaar doet aangifte van vernieling. Foto's in bijlage.
herkomst | online | AG toont screenshots van de buurtgroep op Facebook waarin onder een foto van haar zoon wordt gereageerd met "weer zo'n n1kk3r die fietsen jat" en "terug naar de jungle". Accountnamen zijn genoteerd.
herkomst | geweld | Bet. 1 en 2 hebben SO op de stoep geschopt terwijl zij riepen "vieze Chinees, neem je corona mee terug". SO liep kneuzingen op aan de ribben. Twee getuigen bevestigen de uitlatingen.
herkomst | politie | Klacht binnengekomen: burger verklaart dat hij bij een verkeerscontrole door een agent werd aangesproken met "Jij komt zeker uit Bulgarije, dan zal deze auto ook wel gestolen zijn." Doorgezet naar klachtbehandeling.
herkomst | winkel | Beveiliger van de drogist liep melder door de hele winkel achterna en vroeg alleen haar om de tas te openen. Toen zij vroeg waarom zei hij dat "jullie mensen altijd wat meenemen". Mld. is Roma en zegt dat dit elke week gebeurt.
herkomst | school | Moeder meldt dat de docent geschiedenis tegen haar dochter heeft gezegd dat ze "best terug kan naar Marokko als het haar hier niet bevalt". Dochter (14) wil niet meer naar school. Schoolleiding is ingelicht.
herkomst | sport | Tijdens de wedstrijd JO17 werd een speler van de thuisclub door een tegenstander en diens vader uitgescholden voor kankerneger en bosaap. Scheidsrechter heeft de wedstrijd stilgelegd. Rapp. heeft verklaringen opgenomen.
herkomst | bedreiging | Briefje in de bus bij het gezin op nr. 22: "Wij willen geen buitenlanders in deze straat. Vertrek voor 1 juni of je huis gaat in de fik." Briefje veiliggesteld t.b.v. sporenonderzoek.
herkomst | dienstverlening | Mld. stelt dat een medewerker van het gemeenteloket weigerde haar in het Engels te woord te staan en zei dat ze "eerst maar Nederlands moest leren zoals iedereen die hier komt profiteren". Een Britse klant vlak voor haar werd wel in het Engels geholpen.
herkomst | horeca | Eigenaar van de snackbar riep tegen een groepje jongeren: "Aan Marokkaantjes verkoop ik niks, opzouten!" Een van de jongens heeft het gefilmd, video is in bezit van de politie.
herkomst | zorg | Patiënt op de SEH weigerde door een verpleegkundige geholpen te worden en riep herhaaldelijk dat hij "geen zwarte aan zijn lijf" wilde. Beveiliging ingeschakeld, verpleegkundige wil aangifte doen.
herkomst | werk | Uitzendkracht verklaart dat het uitzendbureau hem liet weten dat de klant "liever geen allochtonen" in het magazijn wil en hem daarom niet plaatst. Hij heeft de e-mail waarin dit staat doorgestuurd.
herkomst,geslacht | buren | Mld. (Antilliaanse) wordt volgens eigen zeggen al een jaar door de onderbuurvrouw uitgemaakt voor zwarte hoer. Vandaag weer toen ze de trap afliep met haar dochter. Buurvrouw ontkent alles.
herkomst | graffiti | In de fietstunnel bij het station is in rode verf WHITE POWER en NL = WIT gekalkt, met een keltisch kruis ernaast. Gemeente ingelicht voor verwijdering. Geen camerabeelden beschikbaar.
herkomst | bedreiging | Bet. hield bij de bushalte een mes omhoog naar twee Syrische jongens en zei dat hij "alle vluchtelingen gaat afsteken". Bet. aangehouden, mes in beslag genomen.
herkomst | vervoer | Conducteur controleerde in de trein alleen de kaartjes van AG en zijn donkere vriend en sloeg de rest van de coupé over. Op vraag waarom zei hij: "Jullie zijn toch degenen die zwartrijden?"
herkomst | horeca | Uitbater van de feestzaal liet telefonisch weten dat de zaal niet wordt verhuurd voor Turkse bruiloften, "daar komt altijd gedoe van". Mld. heeft het gesprek opgenomen en een kopie aangeleverd.
herkomst | woning | In een advertentie op Marktplaats voor een kamer in Tilburg staat: "Alleen Nederlanders, geen Polen of andere oostblokkers." Melding doorgezet naar het ADV.
herkomst | politie | Collega meldt intern dat een mede-agent tijdens de surveillance over een groep jongens zei: "Die kakkerlakken uit Noord-Afrika moet je gewoon allemaal opsluiten." Gemeld bij de teamchef.
herkomst | geweld | SO werd na het uitgaan door twee mannen in elkaar geslagen. Voor de eerste klap riep een van hen "Wat doe jij hier, Marokkaan?". SO heeft een gebroken neus, bet. onbekend.
herkomst | werk | Sollicitant kreeg na een sollicitatiegesprek een mail: "Wij zoeken iemand die goed in het team past, een Nederlandse achtergrond heeft daarbij de voorkeur." AG heeft de mail als bijlage aangeleverd.
herkomst | school | Leerlingen hebben in de klassenapp een filmpje gedeeld waarin ze een medeleerlinge nadoen met spleetogen en "tsjing tsjang tsjong" roepen. Ouders van het meisje doen melding.
herkomst | buren | Mld. vindt voor de derde keer hondenpoep op zijn deurmat met een briefje TERUG NAAR AFRIKA. Hij vermoedt de buren van nr. 8, die hem eerder een zwartjoekel noemden.
herkomst | graffiti | Stickers aangetroffen op lantaarnpalen rond het AZC met de tekst "Remigratie nu! Nederland is van ons". Ongeveer twintig stuks in de straat, verwijderd door BOA's.
herkomst | bedreiging | Melding via 112: man staat voor de deur van de Eritrese familie op de 2e etage en roept dat hij ze "allemaal gaat afmaken, stelletje apen". Eenheden ter plaatse, man aangehouden.
herkomst | sport | Tijdens de wedstrijd werden in vak F oerwoudgeluiden gemaakt telkens als de donkere spits aan de bal kwam. Stewards hebben drie personen uit het vak verwijderd en stadionverboden worden aangevraagd.
herkomst | dienstverlening | Bij de balie van de sportschool kreeg mld. te horen dat hij geen abonnement kon afsluiten omdat "mensen uit jouw land vaak niet betalen". Zijn vriend met een Nederlandse achternaam kon direct lid worden.
herkomst | woning | Medewerker van de woningcorporatie zei volgens AG aan de telefoon: "In die straat plaatsen we liever geen statushouders meer, daar zijn de bewoners klaar mee." AG is statushouder en stond bovenaan de lijst.
herkomst | online | Screenshot van een groepsapp van de klas: "al die k a n k e r t u r k e n moeten het land uit". Verzonden door een klasgenoot van AG. Ouders doen aangifte.
herkomst | vervoer | Buschauffeur liet AG, een Somalische vrouw, niet instappen en zei door het raampje "jij niet, ga maar lopen". De mensen achter haar mochten gewoon instappen. Tijd en lijnnummer genoteerd.
herkomst | werk | Schoonmaakster verklaart dat de bedrijfsleider de Poolse medewerkers structureel minder uren geeft en tegen haar zei: "Jullie Polen zijn toch blij met alles." Nederlandse collega's met minder dienstjaren krijgen wel een vast contract.
herkomst | geweld | Na een woordenwisseling op het parkeerterrein sloeg bet. SO met de vuist in het gezicht en riep "kutmarrokaan, ik maak je dood". Bet. aangehouden, ontkent de uitspraak; twee getuigen hebben het wel gehoord.
herkomst,godsdienst | online | AG ontvangt via TikTok onder haar filmpjes reacties als "ga terug naar je moskeeland" en "bruine rat". Zij heeft de accounts geblokkeerd maar wil toch aangifte doen.
herkomst | zorg | Doktersassistente zei tegen AG dat ze "voor mensen zoals jij eerst een tolk moet regelen, anders snap je het toch niet". AG spreekt vloeiend Nederlands, is hier geboren en had daar niet om gevraagd.
herkomst | politie | Mld. verklaart dat hij in één week vijf keer is staande gehouden in zijn eigen auto. Bij de laatste controle zei de agent: "Een jongen met jouw kleur in zo'n auto, dat is toch verdacht." Klacht geregistreerd.
herkomst | horeca | Bet. (Belgische nationaliteit) riep in het café tegen de barman: "Ge moet mij niet bedienen, vuile makak, ga terug naar uw land." Barman is van Marokkaanse afkomst en doet aangifte.
herkomst | buren | Groep jongeren riep naar een bewoner en de wijkagent: "Wollah rot op tatta's, dit is onze wijk, kaaskoppen horen hier niet." Bewoner voelde zich bedreigd en durft 's avonds niet meer naar buiten.
herkomst | buren | Tijdens de bewonersavond van de gemeente stond een man op en zei dat "Afrikanen gewoon minderwaardig zijn en niet in onze wijk horen". Organisatie heeft de avond stilgelegd en melding gedaan.
herkomst | werk | AG is de enige donkere medewerker op de afdeling en wordt door collega's "Zwarte Piet" genoemd. Toen hij vroeg of ze daarmee wilden stoppen zei zijn teamleider dat hij "niet zo moet zeuren, het is maar een grapje".
herkomst | winkel | Bij de juwelier werd AG gevraagd vooraf te betalen en kreeg hij de sieraden niet in handen, terwijl een oudere blanke man vóór hem rustig ringen mocht passen. Verkoper zei: "U weet hoe het gaat met uw mensen."
herkomst | geweld | SO, een Chinese studente, werd in de tram door een man aan de haren getrokken terwijl hij "spleetoog, ga naar huis" schreeuwde. Medepassagiers hebben hem bij de volgende halte vastgehouden tot de politie kwam.
herkomst | bedreiging | Op de voordeur van het gezin uit Irak is een strop gehangen met een kartonnen bordje "JULLIE ZIJN DE VOLGENDE". Gezin woont sinds twee maanden in de wijk. Forensische opsporing ingeschakeld.
godsdienst | winkel | Mld. werd bij de kledingwinkel niet aangenomen voor een bijbaan omdat ze een hoofddoek draagt. Bedrijfsleider zei dat "dat ding niet bij onze uitstraling past". Haar zus zonder hoofddoek werd een week later wel aangenomen.
godsdienst | graffiti | Op de muur van de moskee aan de Kanaalweg is ISLAM = TERREUR gespoten en er is een varkenskop bij de ingang gelegd. Bestuur van de moskee doet aangifte, camera's van de moskee worden uitgelezen.
godsdienst | bedreiging | AG, imam, ontvangt via de mail bedreigingen: "Wij gaan jullie moskee in de fik steken, vuile moslimhonden." Mails zijn veiliggesteld, IP-gegevens gevorderd.
godsdienst | vervoer | Vrouw met nikab werd in de tram door een man bespuugd. Hij riep iets als "ga terug naar je woestijn met die vuilniszak op je kop". Trambeelden gevorderd.
godsdienst | geweld | Bet. trok op de markt de hoofddoek van het hoofd van SO en duwde haar tegen een kraam aan. Volgens getuigen riep hij iets als "hier in Nederland doen we niet aan die onderdrukking". SO heeft schaafwonden aan de handen.
godsdienst | werk | Collega's noemen AG, die moslim is, consequent "de terrorist" en vroegen tijdens de ramadan of hij "nog bommen aan het bouwen was". Leidinggevende onderneemt niets, aldus AG.
godsdienst | school | Sikh-leerling kreeg van zijn mentor te horen dat hij "die handdoek" af moest doen, anders mocht hij niet mee op schoolreis. Andere leerlingen mochten wel met pet en capuchon mee.
godsdienst | buren | Buurman zet telkens als de familie van nr. 3 gaat bidden keihard muziek aan en roept over de schutting "hou op met dat Allah-gejank, dit is een christelijk land". Mld. heeft geluidsopnames gemaakt.
godsdienst | woning | Verhuurder schrijft in een WhatsApp aan mld.: "Ik verhuur liever niet aan moslims, vrouwen met hoofddoeken passen niet in het complex." Screenshot aanwezig in het dossier.
godsdienst | horeca | Bij een restaurant in het centrum werd twee vrouwen met hoofddoek de toegang geweigerd; de gastheer zei dat "religieuze kleding hier niet gewenst is". Een vrouw met een petje en een man met een hoed werden daarna wel geplaatst.
godsdienst | online | In een Telegramkanaal is een foto van de moskee in de wijk gedeeld met de tekst: "Wie gooit hier de eerste molotov? Moslims moeten allemaal weg." Doorgezet naar het team digitale opsporing.
godsdienst | bedreiging | Brief bezorgd bij de katholieke parochie: "Jullie pedopriesters en jullie nepgod, we komen die kerk van jullie slopen." Pastoor heeft de brief aan de balie afgegeven.
godsdienst | graffiti | Op de deur van de Koninkrijkszaal van Jehova's getuigen is SEKTETUIG ROT OP gekalkt. Het is de tweede keer deze maand. Foto's gemaakt, BOA op de hoogte.
godsdienst | dienstverlening | Fotograaf in de pasfotowinkel weigerde AG met haar hoofddoek te fotograferen "omdat hij geen islampropaganda op de foto zet". Hoofddoek op de pasfoto is toegestaan zolang het gezicht zichtbaar is.
godsdienst | sport | Tijdens de training riep de trainer tegen een speler die vastte: "Met die ramadanonzin ben je niks waard, dan speel je maar niet meer bij mij." Speler is daarna uit de selectie gezet.
godsdienst | geweld | SO, die een groot kruis om zijn nek draagt, werd bij de skatebaan omringd door een groep jongens die "christenhond" riepen. Een van hen sloeg hem in het gezicht. SO is 15 jaar, ouders doen aangifte.
godsdienst | online | Onder een nieuwsbericht over de nieuwe wethouder, die een hoofddoek draagt, schrijven meerdere accounts "k0pv0dd3n uit de raad" en "islamisering stoppen, hang ze op". Wethouder wil aangifte doen.
godsdienst | winkel | Bet. schreeuwde in de supermarkt, bij de kassa: "Ik haat moslims, ze moeten allemaal het land uit!" Een vrouw met hoofddoek stond naast hem en voelde zich bedreigd; caissière heeft de bedrijfsleider gebeld.
godsdienst | werk | Werkgever heeft AG laten weten dat hij op vrijdag niet meer naar de moskee mag in zijn lunchpauze, terwijl collega's wel gewoon rookpauzes mogen nemen. Volgens AG zei de chef: "Bidden doe je maar thuis."
godsdienst,herkomst | buren | Buurvrouw roept bij het passeren van mld. en haar dochters telkens "hoofddoekjes, terug naar Turkije" en spuugt op de grond. Melding nr. 4 over deze buurvrouw dit jaar.
godsdienst,geslacht | school | Docent zei volgens klasgenoten in de les tegen een leerlinge met hoofddoek dat "moslimmeisjes toch worden uitgehuwelijkt, dus studeren heeft voor jou geen zin". Ouders hebben een gesprek aangevraagd.
godsdienst | politie | Burger klaagt dat een agent bij de huiszoeking zijn koran op de grond gooide en zei "dat boek hoort in de vuilnisbak". Bodycambeelden zijn opgevraagd, klacht is doorgezet.
godsdienst | zorg | Verzorgende in het verpleeghuis verklaart dat de familie van een cliënt eist dat "die moslima met dat doekje" niet meer bij hun moeder komt. De teamleider heeft haar daarop van de afdeling gehaald.
godsdienst | online | AG (predikant) toont berichten op Facebook: "christenen zijn hersenloze schapen, jullie kerken moeten platgebrand worden". Afzender is een account zonder foto.
godsdienst | dienstverlening | Vrouw met boerka werd bij het stembureau weggestuurd door een stembureaulid dat zei "zo'n zak kom je hier niet in", zonder haar de mogelijkheid te geven zich elders te identificeren. Voorzitter stembureau is ingelicht.
godsdienst | vervoer | Taxichauffeur zette AG en haar moeder, beiden met hoofddoek, halverwege de rit op de vluchtstrook van de weg en zei: "Ik rij geen moslims meer, jullie zijn de reden dat het hier bergafwaarts gaat." Rit was al betaald via de app.
antisemitisme | graffiti | Op de gevel van de synagoge aan de Lekstraat zijn hakenkruisen en de tekst JODEN = NAZI'S gespoten. Beveiliging heeft het om 04:10 uur ontdekt, camerabeelden veiliggesteld.
antisemitisme | vervoer | In de sprinter richting Amsterdam zongen supporters op weg naar de wedstrijd "Hamas, Hamas, joden aan het gas". Meerdere reizigers hebben gefilmd, beelden circuleren op sociale media.
antisemitisme | online | AG, lid van de Joodse gemeente, ontvangt via Facebook berichten als "Hitler had zijn werk af moeten maken" en "vuile j00d". Screenshots bijgevoegd.
antisemitisme | geweld | SO droeg een keppel en werd op de Albert Cuyp geduwd en geschopt door twee mannen die "kankerjood" riepen. SO heeft pijn aan de knie, geen zichtbaar letsel. Bet. zijn weggerend richting Ferdinand Bolstraat.
antisemitisme | bedreiging | Koosjer restaurant ontving telefonisch de bedreiging: "Die zionistenzaak van jullie gaat de lucht in." Nummer was afgeschermd. Eigenaar doet aangifte, extra surveillance afgesproken.
antisemitisme | buren | Buurman hangt al weken een vlag met een hakenkruis voor het raam dat uitkijkt op de woning van het Joodse gezin en roept "Sieg Heil" als ze langslopen.
antisemitisme | school | Leerling werd in de klas "vieze jood" en "gierige jood" genoemd nadat hij verteld had dat zijn opa in Auschwitz heeft gezeten. Andere leerlingen maakten sissende gasgeluiden.
antisemitisme | werk | Collega zei tegen AG dat "joden toch de hele bankwereld in handen hebben, dus jij hebt die opslag niet nodig". De andere collega's lachten. AG voelt zich gekwetst en heeft het bij HR gemeld.
antisemitisme | graffiti | Stolpersteine in de Vondelstraat zijn beklad met zwarte verf en de tekst HOLOCAUST = LEUGEN. Gemeente en het Joods Monument zijn ingelicht.
antisemitisme | online | In een Discordserver waar AG lid van was is zijn profielfoto met davidster bewerkt met een oven op de achtergrond en de tekst "wachtrij gaskamer". Meerdere leden schreven "6 miljoen was niet genoeg".
antisemitisme | horeca | Barman weigerde AG te bedienen toen die een ketting met een davidster droeg en zei: "Zionisten schenk ik niet." De vriend van AG werd even later aan de andere kant van de bar wel geholpen.
antisemitisme | vervoer | Taxichauffeur vroeg AG of hij Joods was vanwege zijn keppel en zette hem na het antwoord aan de kant van de weg met de woorden "ik rij geen kindermoordenaars". AG moest 3 km lopen.
antisemitisme | online | Reactie onder een post van het Joods Museum: "die j o d e n pikken alles in de wereld in, tijd voor een nieuwe 40-45". Melding gedaan door het museum.
antisemitisme | bedreiging | Op de brievenbus van de rabbijn is een briefje geplakt: "We weten waar je woont, Jood. From the river to the sea." Briefje veiliggesteld voor DNA-onderzoek.
antisemitisme | sport | Bij een amateurwedstrijd werd de keeper van de tegenpartij, die Joods is, uitgejouwd met sisgeluiden en het spreekkoor "Jood, Jood, Jood". Scheids heeft de wedstrijd gestaakt.
antisemitisme | politie | Tijdens de briefing maakte een agent een grap over "de Joden met hun centjes" toen een zaak in Buitenveldert werd besproken. Melder, een collega, vond dit ongepast en is naar de vertrouwenspersoon gestapt.
antisemitisme | winkel | In de boekwinkel zijn in de boeken over de Holocaust briefjes gestopt met "Joods sprookje" en hakenkruisjes. Eigenaar heeft twaalf briefjes gevonden en doet melding.
antisemitisme | geweld | Twee Israëlische toeristen werden op de Wallen aangevallen nadat ze Hebreeuws met elkaar spraken; bet. riep "dirty Jews" en sloeg een van hen met een bierflesje. SO met hoofdwond naar het OLVG.
antisemitisme | online | Gebruiker "ZwarteZon88" plaatste op een forum "alletyfusjodenmoetendood" onder een artikel over de Joodse school. Gegevens van de gebruiker gevorderd bij het forum.
antisemitisme | dienstverlening | Loodgieter annuleerde de afspraak bij AG nadat hij de mezoeza bij de voordeur zag en appte daarna: "Voor Joden werk ik niet, zoek maar iemand anders." Screenshot aangeleverd.
antisemitisme | woning | Huurder kreeg van de verhuurder te horen dat zijn contract niet verlengd wordt. In de app schreef de verhuurder: "Ik wil geen Joden in mijn panden, jullie nemen straks de hele straat over."
antisemitisme | buren | Mld. treft voor de tweede keer een davidster met een streep erdoor op haar voordeur aan, met stift aangebracht. Zij is de enige Joodse bewoner in het portiek en heeft een mezoeza aan haar deurpost.
'''
DISCRIMINATORY += r'''
seksuele_gerichtheid | geweld | Twee mannen liepen hand in hand over de Korte Leidsedwarsstraat en werden door een groep jongens met eieren bekogeld. Er werd "vieze homo's" en "flikkers" geroepen. Eén SO heeft een hoofdwond.
seksuele_gerichtheid | buren | Buurman roept al maanden flikker naar mld. als hij met zijn partner thuiskomt en heeft HOMO in de motorkap van hun auto gekrast. Mld. heeft camerabeelden van de kras.
seksuele_gerichtheid | horeca | Barpersoneel weigerde twee vrouwen nog een drankje te schenken nadat ze elkaar hadden gekust. Eigenaar zei: "Dat lesbische gedoe willen we hier niet zien, ga maar ergens anders heen."
seksuele_gerichtheid | werk | AG (homoseksueel) verklaart dat zijn chef in de werkplaats tegen de collega's zegt dat ze "niet moeten bukken als die nicht in de buurt is". Op zijn kluisje is een roze sticker met POOT geplakt.
seksuele_gerichtheid | online | AG toont een screenshot van Grindr waarop een onbekende schrijft: "ik ga jou en al die andere h0m0's in elkaar rammen, ik weet waar je woont". Profiel is inmiddels verwijderd.
seksuele_gerichtheid | sport | Tijdens de hockeywedstrijd riep een speler van de tegenpartij tegen de scheidsrechter "kankerhomo, ga terug naar je vriendje". Scheidsrechter gaf rood en heeft melding gedaan.
seksuele_gerichtheid | graffiti | De regenboogbank bij het gemeentehuis is voor de derde keer beklad, nu met HOMO'S = ZIEK en een doorgestreepte regenboog. Gemeente laat de bank opnieuw schilderen.
seksuele_gerichtheid | bedreiging | Mld. vond een anonieme brief in de bus: "Wij accepteren geen potten in deze buurt. Verhuis of we zorgen er zelf voor." Mld. woont sinds maart met haar vrouw op dit adres.
seksuele_gerichtheid | school | Leerling wordt bij de fietsenstalling dagelijks door een groepje uitgescholden voor mietje en homo sinds hij uit de kast is gekomen. Vandaag zijn beide banden van zijn fiets lek gestoken.
seksuele_gerichtheid | vervoer | In de nachtbus zei de chauffeur tegen twee jongens die met de armen om elkaar heen zaten: "Als jullie homo willen doen, stap je maar uit." Zij zijn bij de volgende halte uitgestapt; andere stelletjes in de bus kregen geen opmerking.
seksuele_gerichtheid | woning | Verhuurder trok na de bezichtiging zijn aanbod in toen hij begreep dat AG en haar partner een vrouwenstel zijn. Hij appte: "Sorry, geen lesbisch stel in mijn pand, dat geeft gedoe met de buren."
seksuele_gerichtheid | online | In de reacties op de Pride-post van de gemeente schreef een account "f l i k k e r s moeten van het dak gegooid worden" met emoji's van een flatgebouw. Account doorgegeven aan het platform.
seksuele_gerichtheid | politie | Klacht: mld. stelt dat de agent bij het opnemen van zijn aangifte van mishandeling grinnikte en zei "tja, als je als homo zo over straat gaat vraag je erom". Doorgezet naar de klachtencoördinator.
seksuele_gerichtheid | dienstverlening | Trouwfotograaf weigerde het huwelijk van twee mannen vast te leggen en mailde: "Ik doe geen homohuwelijken, dat gaat tegen mijn overtuiging in." Een heterostel dat dezelfde datum vroeg kreeg wel een bevestiging.
seksuele_gerichtheid | geweld | SO werd na het verlaten van een gaybar in de Zeedijk achtervolgd en in zijn rug getrapt. Bet. riep volgens SO "homo's horen hier niet". SO is met de ambulance naar de SEH gebracht.
seksuele_gerichtheid | zorg | Partner van een patiënt werd op de IC niet toegelaten als naaste; verpleegkundige zei "alleen echte familie, geen vriendjes". Echtgenotes van andere patiënten mochten wel naar binnen.
seksuele_gerichtheid | buren | Bovenbuurvrouw hangt briefjes in het trappenhuis met "Hier woont een lesbo, pas op je dochters". Mld. heeft er drie bewaard en aan rapp. gegeven.
seksuele_gerichtheid | werk | Teamleider zei tijdens het functioneringsgesprek dat AG "met dat homogedrag" nooit vertegenwoordiger kan worden, omdat klanten dat niet zouden willen. AG is biseksueel en heeft een vriend.
seksuele_gerichtheid | online | Op Facebook is een foto van mld. en zijn man geplaatst met de tekst "dit zijn de viezeriken die onze kinderen willen bekeren, homofielen zijn ziek en horen opgesloten". Foto komt van hun eigen profiel.
seksuele_gerichtheid | sport | In de kleedkamer van de sportschool zeiden twee leden tegen AG: "Wij douchen niet met zo'n nicht." De eigenaar zei daarna dat AG "beter op een ander tijdstip kan komen". AG heeft zijn abonnement opgezegd.
seksuele_gerichtheid | bedreiging | Man met een honkbalknuppel stond voor de deur van het COC-pand en riep dat hij "iedere homo die naar buiten komt kapot slaat". Bezoekers hebben binnen gewacht tot de politie arriveerde. Man aangehouden.
seksuele_gerichtheid | winkel | Bloemist weigerde een bruidsboeket te maken toen bleek dat het voor een bruiloft van twee vrouwen was, en zei dat "ze aan zulke toestanden niet meedoet". Ze had de opdracht eerst al aangenomen.
seksuele_gerichtheid,genderidentiteit | online | In een Telegramgroep van de regio wordt opgeroepen om op de Pride in het dorp "het LHBT-tuig eens goed aan te pakken", met een foto van de route. Doorgezet naar de intel en de gemeente.
genderidentiteit | geweld | SO, een transvrouw, werd bij de taxistandplaats door een man geslagen die riep "je bent gewoon een vent in een jurk". Bet. is weggerend richting de Nieuwmarkt. Signalement uitgegeven.
genderidentiteit | online | AG (non-binair) ontvangt op Instagram berichten als "it", "jij bent een ding en geen mens" en "tr@nny ga d00d". AG is bang omdat de afzender ook reageert op foto's van haar woonplaats.
genderidentiteit | werk | Leidinggevende blijft AG na haar transitie met haar oude mannennaam en "hij" aanspreken, ook in mails aan klanten, en zei: "Voor mij blijf je gewoon Mark, ik doe niet mee aan die waanzin."
genderidentiteit | dienstverlening | Medewerker van het zwembad weigerde AG, een transman, de toegang tot de herenkleedkamer en tot het zwembad en zei "mensen zoals jij zijn hier niet welkom, ga maar naar huis".
genderidentiteit | horeca | Portier liet AG niet binnen met de opmerking "geen travo's, dit is een normale tent". Vriendinnen van AG die dezelfde kleding droegen mochten wel naar binnen.
genderidentiteit | school | Docent weigert een transgender leerling bij zijn nieuwe naam te noemen en zei in de klas: "Ik noem je bij de naam die je ouders je gegeven hebben, dat transgedoe is een hype."
genderidentiteit | buren | Buren schreeuwen naar mld. (transvrouw) "hé meneer" en "kerel met tieten" als ze haar zien. Afgelopen nacht is er een steen door haar slaapkamerraam gegooid.
genderidentiteit | zorg | Transvrouw meldt dat haar huisarts weigerde haar hormoonrecept te verlengen met de woorden "daar werk ik niet aan mee, u bent als man geboren en dat blijft u". Andere recepten werden wel verlengd.
genderidentiteit | politie | Mld., transvrouw, vroeg bij de fouillering om een vrouwelijke agent. Volgens haar zei de agent: "Jij bent gewoon een vent, zeur niet," en werd ze door een mannelijke collega gefouilleerd. Klacht ingediend.
genderidentiteit | online | Account deelt een foto van het transgender raadslid met de tekst "dit is een man. transgenders zijn geestesziek en moeten opgenomen worden". Het bericht is meer dan 2000 keer gedeeld.
genderidentiteit | graffiti | Bij het inloophuis voor transgender jongeren is TRANS = GESTOORD op de muur gespoten en de transgendervlag die buiten hing is verbrand. Buurtbewoner zag twee jongens wegfietsen.
genderidentiteit | vervoer | Conducteur vroeg bij de kaartcontrole om de ID van AG en zei luid door de coupé: "Hier staat een mannennaam, dus je bent een man, of niet?" Medereizigers lachten, AG voelde zich vernederd.
genderidentiteit | sport | Bestuur van de korfbalvereniging weigerde een transvrouw als lid van het damesteam en mailde: "Wij laten geen mannen verkleed als vrouw in onze kleedkamer." Zij heeft de mail aan de wijkagent laten zien.
genderidentiteit | winkel | Verkoopster in de lingeriewinkel weigerde AG de paskamer en riep naar collega's "hé, er staat een kerel in een rok voor vrouwenondergoed". AG is transvrouw en is de winkel uitgevlucht.
geslacht | werk | AG kreeg kort na het melden van haar zwangerschap te horen dat haar contract niet verlengd wordt. Leidinggevende zei dat "zwangere vrouwen toch alleen maar ziek thuis zitten". Mannelijke collega met dezelfde functie kreeg wel verlenging.
geslacht | werk | Monteur (vrouw) verklaart dat collega's zeggen dat "wijven niet in een garage horen" en regelmatig haar gereedschap verstoppen. Chef lacht mee en doet er niets aan.
geslacht | online | AG, journaliste, ontvangt na haar artikel tientallen berichten zoals "wijven moeten hun bek houden" en "jij moet verkracht worden om je plek te leren". Screenshots van 34 berichten aangeleverd.
geslacht | horeca | Barvrouw meldt dat de eigenaar van het café haar als enige een lager uurloon geeft dan haar mannelijke collega's, "want meiden kunnen toch geen vaten tillen". Zij doet hetzelfde werk en tilt ook de vaten.
geslacht | sport | Vrouwelijke scheidsrechter werd door spelers en de trainer uitgescholden: "Kutwijf, ga terug naar de keuken, vrouwen kunnen niet fluiten." Wedstrijd gestaakt, tuchtzaak aangevraagd.
geslacht | bedreiging | Man volgde SO vanaf het station en riep dat "vrouwen zoals jij binnen horen en anders geslagen moeten worden". Hij probeerde haar arm te pakken. SO is een winkel in gevlucht, personeel belde 112.
geslacht | dienstverlening | Garagehouder weigerde mld. een offerte te geven en zei "stuur je man maar, met vrouwen bespreek ik geen auto's". Haar broer kreeg een dag later voor dezelfde reparatie wel een offerte.
geslacht | school | Stagebegeleider weigerde een leerlinge te plaatsen bij een metaalbedrijf: "Meiden in de metaal, dat wordt niks, ga maar voor de kapper." Haar mannelijke klasgenoten werden allemaal geplaatst.
geslacht | politie | Agente meldt dat een collega herhaaldelijk opmerkingen maakt als "vrouwen horen niet op de noodhulp" en haar bewust buiten de briefing houdt. Gesprek met de teamchef is gepland.
geslacht | online | Reactie onder het filmpje van AG: "f3m1n1st1sche k@nk3rh03r, vrouwen zijn minderwaardig en horen geen mening te hebben". Account heeft meer vrouwen op deze manier benaderd.
geslacht | werk | Sollicitante kreeg de vraag of ze een kinderwens had. Na haar ja werd het gesprek afgebroken met: "Dan hebben we liever een man voor deze functie." Zij heeft het gesprek na afloop op papier gezet.
geslacht | winkel | Verkoper in de bouwmarkt weigerde mld. te helpen met haar vraag over een groepenkast en zei "daar moet je een man voor sturen, schatje". Een man die daarna kwam werd uitgebreid geholpen.
geslacht | vervoer | Taxichauffeur weigerde een vrouw die om 03:00 uur alleen van het café kwam mee te nemen en zei "vrouwen die 's nachts alleen uitgaan zijn sletten, die rij ik niet". Haar vriend werd wel meegenomen.
geslacht,herkomst | werk | Leidinggevende bij het schoonmaakbedrijf zei tegen een Marokkaanse medewerkster die om promotie vroeg: "Marokkaanse vrouwen moeten thuis voor de kinderen zorgen, niet de baas spelen." Zij is de enige die nooit in aanmerking komt.
handicap | horeca | Blinde mld. werd met haar geleidehond geweigerd bij het restaurant. Eigenaar zei "geen honden, ook niet voor blinden". Geleidehonden zijn wettelijk toegestaan, mld. heeft de pas van de hond getoond.
handicap | vervoer | Taxichauffeur weigerde AG in haar rolstoel mee te nemen en zei "ik ga niet sjouwen met invaliden". Taxi was via de app uitdrukkelijk als rolstoeltaxi besteld.
handicap | online | Een filmpje van AG, die het syndroom van Down heeft, wordt gedeeld met de tekst "kijk die mongool". In de reacties staat onder meer "die moeten ze bij de geboorte afmaken".
handicap | school | Leerling met autisme werd door klasgenoten "retard" en "debiel" genoemd en in de wc opgesloten. Mentor heeft de ouders gebeld, ouders willen aangifte doen.
handicap | werk | Na het melden van zijn epilepsie werd AG in zijn proeftijd ontslagen. De leidinggevende zei: "Met die aanvallen ben je een risico, zo iemand willen we hier niet." Zijn werk was tot dan toe goed beoordeeld.
handicap | buren | Buurjongens roepen naar mld., die doof is, "doofstomme" en doen haar gebarentaal overdreven na. Ze bellen steeds aan en rennen weg omdat ze weten dat ze het lampje van de bel ziet.
handicap | geweld | SO, die een verstandelijke beperking heeft, werd door drie jongeren in het park geduwd, van zijn telefoon beroofd en gefilmd terwijl ze "kijk die gehandicapte janken" riepen. Filmpje staat op Snapchat.
handicap | dienstverlening | Bankmedewerker weigerde mld., die slechtziend is, een rekening te openen zonder "begeleider", terwijl zij volledig handelingsbekwaam is. Medewerker zei: "Blinden tekenen maar van alles."
handicap | winkel | Winkelmedewerker zei tegen AG in zijn rolstoel: "Met zo'n ding kom je hier niet binnen, je rijdt alles omver, bestel maar online." Kinderwagens mochten wel de winkel in.
handicap | woning | Verhuurder weigerde aan AG te verhuren toen bleek dat zij een psychiatrische aandoening heeft: "Gekken wil ik niet in mijn huis." Zij had de hoogste bieding en een vaste baan.
handicap | sport | Jeugdtrainer weigerde een jongen met ADHD in het team en zei tegen de vader: "Van die druktemakers met een rugzakje nemen we er geen meer." Jongen had de proeftraining gewoon meegedaan.
handicap | online | In de groepsapp van de klas is een foto van AG in haar rolstoel gezet met de tekst "h4nd1c4pt3 kank3rl1jer, blijf lekker thuis". Ouders doen melding bij de wijkagent.
handicap | zorg | Tandartspraktijk weigerde een man met spasticiteit als nieuwe patiënt; de assistente zei aan de telefoon "met zulke mensen duurt het te lang, dat levert ons niks op". Zijn broer werd dezelfde week wel ingeschreven.
handicap,leeftijd | vervoer | Buschauffeur riep tegen een oudere vrouw met rollator die niet snel genoeg instapte: "Die ouwe kreupelen moeten gewoon thuisblijven." Hij reed weg terwijl ze nog op de instapstrook stond. Medepassagier belde de politie.
leeftijd | werk | AG (61) werd bij de reorganisatie als enige ontslagen. HR-medewerker zei: "We willen een jong en dynamisch team, je snapt het wel." Jongere collega's met minder ervaring konden blijven.
leeftijd | online | Onder een foto van AG, een oudere vrouw die insprak bij de gemeenteraad, staat "ouwe taart, ga dood, jullie boomers verpesten alles". Reactie is 300 keer geliked.
leeftijd | dienstverlening | Medewerker van de autoverhuur weigerde mld. (78) een auto te verhuren omdat "ouderen toch niet meer kunnen rijden". Zijn rijbewijs is geldig en de voorwaarden noemen geen leeftijdsgrens.
leeftijd | winkel | Telefoonwinkel weigerde AG (72) een abonnement af te sluiten: "Op uw leeftijd snapt u dat toch niet, neem maar een seniorentoestel." Zijn kleinzoon kreeg bij dezelfde winkel wel meteen een contract.
leeftijd | werk | Vacature bij een schoonmaakbedrijf vermeldt "max. 30 jaar, jong team". AG (45) solliciteerde en kreeg telefonisch te horen dat ze "te oud is voor ons". Vacaturetekst bewaard.
leeftijd | buren | Jongeren roepen al weken naar een oudere bewoonster "ouwe heks, ga toch dood" en gooien eieren tegen haar raam. Ze durft niet meer naar buiten. Buurtregisseur ingeschakeld.
leeftijd | woning | Verhuurder weigerde de flat aan AG (67) met de opmerking dat "ouderen in je huis doodgaan en dan zit je met de rommel". AG had alle stukken compleet aangeleverd.
leeftijd | horeca | Café weigerde een groep vijftigplussers en de portier zei "dit is een jongerentent, geen bejaardenhuis". Groepjes twintigers werden direct binnengelaten, er was volgens getuigen plek genoeg.
leeftijd | geweld | Jongen duwde een oudere man om bij de kassa van de supermarkt en riep "opzij ouwe, jullie bejaarden horen in een tehuis en niet in de winkel". Man brak zijn pols. Bet. aangehouden.
leeftijd | zorg | Verpleegkundige meldt dat de arts tegen de dochter van een 89-jarige patiënte zei: "Op haar leeftijd gaan we geen moeite meer doen, dat is zonde van het geld." Behandeling werd zonder verdere uitleg gestaakt.
leeftijd | werk | Stagiair (17) meldt dat de chef hem "melkmuil" noemt en zegt dat "jullie generatie lui en verwend is en nergens deugt". Hij krijgt als enige alle vieze klussen en wordt niet uitbetaald voor overuren, de oudere krachten wel.
overig | woning | Woonwagenbewoner verklaart dat de makelaar aan de telefoon zei: "Aan kampers verhuren wij niet, daar heb je alleen maar ellende mee." AG heeft een vaste baan en referenties.
overig | horeca | Groep woonwagenbewoners werd bij het bowlingcentrum geweigerd. Medewerker zei: "Jullie van het kamp komen er niet in." Andere groepen zonder reservering werden wel geholpen.
overig | geweld | Dakloze man werd op een bankje in het park door jongeren geschopt en met bier overgoten; zij riepen "zwervers zijn tuig, opruimen die handel". SO met kneuzingen naar de nachtopvang.
overig | werk | AG werd ontslagen nadat zijn werkgever ontdekte dat hij kandidaat is voor een politieke partij; chef zei "met jouw politieke mening wil ik niemand in dienst". Ontslag volgde dezelfde week.
overig | online | Raadslid ontvangt na een debat berichten als "linkse ratten zoals jij moeten gekogeld worden". Het raadslid heeft de berichten doorgestuurd aan de griffie en doet aangifte.
overig | woning | Verhuurder weigert AG omdat ze alleenstaande moeder is: "Geen alleenstaande moeders, die kunnen de huur niet betalen en die kinderen slopen alles." Zij verdient ruim voldoende.
overig | dienstverlening | Baliemedewerker van de stadswinkel weigerde een dakloze man te woord te staan: "Zwervers helpen we hier niet, je stinkt." De man kwam zijn briefadres regelen.
overig | graffiti | Op de toegangspoort van het woonwagenkamp aan de Kampweg is KAMPERTUIG OPROTTEN gespoten. Bewoners vragen om extra surveillance.
overig | school | Leraar zei volgens ouders tegen hun zoon: "Jullie van het kamp worden toch niks, jij gaat net als je vader oud ijzer ophalen." Zoon zit in groep 7.
overig | politie | Wijkagent kwam zonder concrete aanleiding bij een woonwagen en zei tegen de bewoner: "Bij jullie is altijd wel iets gestolen, dus ik kijk even rond." Bewoner heeft klacht ingediend.
overig | bedreiging | In de bus van AG, die actief is voor een linkse partij, zat een briefje: "Communistenzwijn, we weten waar je woont en je kinderen ook." Briefje veiliggesteld.
'''
NEUTRAL = r'''
- | beschrijving | Mutatie: winkeldiefstal bij de Jumbo aan de Kerkstraat. Bet. is een man van ca. 30 jaar, Noord-Afrikaans uiterlijk, donkere jas, zwarte pet. Liep weg richting station, niet meer aangetroffen.
- | beschrijving | Aanrijding op de kruising bij de moskee aan de Vaartweg. Bestuurder van de grijze Golf reed door rood en raakte een bestelbus. Geen letsel, schade aan beide voertuigen.
- | beschrijving | SO is een 82-jarige vrouw die bij het oversteken van de Hoofdweg is gevallen en met haar hoofd op de stoeprand terechtkwam. Ambulance ter plaatse, vervoerd naar het ziekenhuis.
- | beschrijving | Tijdens de Pride-botenparade is t.h.v. de Prinsengracht een zakkenroller op heterdaad aangehouden. Hij had drie telefoons van anderen op zak. Vdt. overgebracht naar bureau.
- | beschrijving | Melder is doof en kwam met een tolk gebarentaal aan de balie om aangifte te doen van oplichting via Marktplaats. Betaald voor een fiets die nooit is geleverd.
- | beschrijving | Bij het AZC is brand uitgebroken in de gezamenlijke keuken van unit C. Brandweer had het snel onder controle, geen gewonden. Oorzaak vermoedelijk een pan op het vuur.
- | beschrijving | Twee Poolse arbeiders kregen onderling ruzie over de verdeling van de huur in hun pension. Na bemiddeling door rapp. is een van hen bij een vriend gaan slapen.
- | beschrijving | AG is van Turkse afkomst en spreekt weinig Nederlands; tolk via de tolkentelefoon ingeschakeld. Aangifte van woninginbraak opgenomen, dader via het keukenraam binnengekomen.
- | beschrijving | Vdt., een jongen van 16 met een Surinaamse achtergrond, is aangehouden voor het bezit van een nepvuurwapen op het schoolplein. Ouders ingelicht, wapen in beslag genomen.
- | beschrijving | Bij de synagoge is zoals gebruikelijk bewaking aanwezig i.v.m. de feestdagen. Tijdens de dienst en bij het verlaten geen bijzonderheden.
- | beschrijving | Mld. is rolstoelgebonden en meldt dat er al dagen een auto zonder kaart op de gehandicaptenparkeerplaats voor haar deur staat. Bekeuring uitgeschreven aan de kentekenhouder.
- | beschrijving | Groep Eritrese jongeren voetbalde tot laat op het plein achter de flat. Buurtbewoners klaagden over het lawaai. Jongeren aangesproken, zijn rustig vertrokken.
- | beschrijving | Verward persoon, man, ca. 40 jaar, donkere huidskleur, liep op de rijbaan van de A10 t.h.v. afslag S106. Eenheid ter plaatse, man overgedragen aan de GGZ-crisisdienst.
- | beschrijving | Bij de Sint-Janskerk aan de Markt werd na de mis een vrouw onwel. Ambulance ingeschakeld, vrouw bleek een lage bloedsuiker te hebben.
- | beschrijving | Signalement vdt. inbraak schuur: blanke man, ca. 1.85 m, kaal, tatoeage in de nek, sprak met een Brabants accent. Buurtbewoner zag hem met een fiets aan de hand weglopen.
- | beschrijving | Melding via 112 vanuit de Turkse bakkerij aan de Javastraat: klant onwel geworden, omstanders zijn gestart met reanimatie. Ambulance en eenheid ter plaatse, AED gebruikt.
- | beschrijving | Bij een controle op de A2 bleek de bestuurder (Roemeense nationaliteit) niet in het bezit van een geldig rijbewijs. PV opgemaakt, passagier met rijbewijs mocht verder rijden.
- | beschrijving | Jongen met het syndroom van Down was in het winkelcentrum zijn begeleider kwijt. Via de omroep van het winkelcentrum is de begeleider binnen tien minuten gevonden.
- | beschrijving | Tijdens het suikerfeest was het druk rond de moskee; verkeersregelaars van de moskee ingezet. Enkele auto's half op de stoep, bestuurders gewaarschuwd.
- | beschrijving | Oudere man met dementie liep 's nachts in pyjama over de Parkweg. Rapp. heeft hem teruggebracht naar het verpleeghuis waar hij woont, personeel had hem nog niet gemist.
- | beschrijving | AG en haar vrouw doen aangifte van inbraak in hun volkstuinhuisje. Hangslot doorgeknipt, gereedschap en een accuboormachine weggenomen.
- | beschrijving | Moeder meldde haar zoon (13, autisme) vermist. Jongen gevonden bij de speeltuin achter de sporthal; hij was in paniek weggelopen na harde knallen van vuurwerk.
- | beschrijving | Jongeman van Antilliaanse afkomst was getuige van de steekpartij bij de snackbar en heeft op het bureau een uitgebreide getuigenverklaring afgelegd.
- | beschrijving | Vdt. verklaarde dat hij moslim is en vroeg tijdens het verhoor om een korte pauze voor het gebed. Verzoek toegestaan, verhoor na 15 minuten hervat.
- | beschrijving | Jehova's getuigen stonden met hun lectuurkarretje bij het station. Voorbijganger klaagde dat zij de doorgang versperden. Bekeken, geen overtreding, karretje iets opgeschoven.
- | beschrijving | Bestuurder van een scootmobiel botste op het fietspad tegen een fietser die afsloeg zonder te kijken. Beiden lichte schaafwonden, geen aangifte.
- | beschrijving | Melding vanuit het azc: bewoner van 19 jaar is sinds gisteravond niet teruggekeerd. Signalement in het systeem gezet, COA houdt contact.
- | beschrijving | De Joodse begraafplaats aan de Zeeweg is vannacht tijdens de surveillance gecontroleerd. Hekken dicht, geen bijzonderheden.
- | beschrijving | Bij de kennismaking met de nieuwe wijkagent waren ook bestuursleden van de Turkse en de Marokkaanse moskee aanwezig. Gesproken over scooteroverlast en hangjongeren bij het winkelcentrum.
- | beschrijving | Op het terras van de homobar aan het Rembrandtplein ontstond een vechtpartij tussen twee toeristen over een omgestoten drankje. Beiden weggestuurd, geen aangifte.
- | beschrijving | Mld. is blind en meldt dat zijn geleidehond is weggelopen in het Vondelpark na het afdoen van het tuig. Hond later door een voorbijganger teruggebracht bij de ingang.
- | beschrijving | Tijdens het Keti Koti-festival in het Oosterpark raakte een kind van 5 zijn moeder kwijt. Na tien minuten teruggevonden bij de EHBO-post.
- | beschrijving | Bewoner belde omdat de buren "Allahu akbar" riepen en hij een aanslag vreesde. Ter plaatse bleek het om een bruiloftsfeest in de tuin te gaan. Geen strafbare feiten, wel gevraagd de muziek zachter te zetten.
- | beschrijving | Vrouw van 34, hoogzwanger, meldt dat haar ex-partner zich niet aan het contactverbod houdt en gisteren voor haar deur stond. Zaak doorgezet naar de OvJ.
- | beschrijving | Transgender jongere (16) is door zijn ouders als vermist opgegeven. Jongen meldde zich 's avonds zelf bij een vriend, heeft ruzie thuis over schooltijden. Jeugdzorg in kennis gesteld.
- | beschrijving | Tijdens de iftar in het buurthuis viel de stroom uit; een bezoeker viel in het donker van de trap. Lichte verwondingen, EHBO ter plaatse.
- | beschrijving | Twee mannen, een stel, meldden dat hun buurman al weken 's nachts met de boormachine bezig is. Buurman aangesproken, blijkt dienstwerk te hebben en overdag te slapen; afspraken gemaakt.
- | beschrijving | Bij de COC-avond in het jongerencentrum is een fiets van een bezoeker gestolen die niet op slot stond. Geen camera's, zaak afgesloten bij gebrek aan opsporingsindicaties.
- | beschrijving | Rapp. heeft de hindoetempel aan de Ringdijk bezocht i.v.m. Divali; afspraken gemaakt over vuurwerk en het afsluiten van de straat.
- | beschrijving | Bestuurder van de Mercedes, een man van 70, reed met zijn auto de etalage van de bakker binnen. Hij verklaart het gaspedaal met de rem te hebben verwisseld. Geen gewonden.
- | slachtoffer | SO, een 79-jarige vrouw, werd bij de pinautomaat aan de Hoofdstraat haar tas afgepakt. Bet. een jongeman op een scooter, gevlucht richting de ring.
- | slachtoffer | Woninginbraak in Amstelveen terwijl het gezin naar de synagoge was voor Jom Kipoer. Via de achterdeur binnengekomen, sieraden en twee laptops weggenomen.
- | slachtoffer | AG, rolstoelgebruiker, doet aangifte van diefstal van zijn scootmobiel uit de gezamenlijke berging van de flat. Slot geforceerd, ook twee fietsen van buren weg.
- | slachtoffer | SO, een Poolse vrachtwagenchauffeur, werd op de parkeerplaats langs de A12 bestolen terwijl hij in zijn cabine sliep. Diesel afgetapt, portemonnee uit het dashboardkastje weg.
- | slachtoffer | Het bestuur van de moskee meldt een inbraak in het kantoor; kasgeld en een laptop weggenomen. Braaksporen aan het raam aan de achterzijde. Forensische opsporing gevraagd.
- | slachtoffer | Transvrouw doet aangifte van oplichting: zij betaalde een aanbetaling van 900 euro voor een kamer die niet bleek te bestaan. Verhuurder onbereikbaar.
- | slachtoffer | SO (blind) werd in de tram zijn telefoon uit de hand gerukt. Bet. stapte uit bij de halte Leidseplein. Tram-camera's opgevraagd.
- | slachtoffer | AG (Syrisch) doet aangifte van WhatsApp-fraude: iemand deed zich voor als zijn neef met een nieuw nummer en vroeg 800 euro voor een rekening. Geld is overgemaakt.
- | slachtoffer | Chinees restaurant aan de Dorpsweg: 's nachts ingebroken via de achterdeur, kassalade geforceerd, ca. 300 euro weggenomen. Geen camera's.
- | slachtoffer | Man van Ghanese afkomst doet aangifte van fraude met zijn bankrekening; hij klikte op een link in een sms van "de bank" en er is 2.400 euro afgeschreven.
- | slachtoffer | Mld. is een homoseksuele man die door zijn ex-partner wordt gestalkt met berichten en telefoontjes. Ex staat bijna dagelijks bij zijn huis. Zaak in behandeling bij de zedenrecherche.
- | slachtoffer | Imam van de moskee aan de Hoefkade doet aangifte van diefstal van de collectebus uit de gebedsruimte. Bus is gisteren tussen 13:00 en 15:00 verdwenen.
- | slachtoffer | SO, 88 jaar, is thuis opgelicht door een man die zich voordeed als bankmedewerker en haar pinpas "kwam omwisselen". Met de pas is 1.500 euro opgenomen.
- | slachtoffer | Meisje van 15 met hoofddoek werd op het schoolplein geslagen door een klasgenote na een ruzie over een jongen. Beide meisjes gehoord, ouders ingelicht, school neemt maatregelen.
- | slachtoffer | Eigenaar van de Turkse supermarkt doet aangifte van vernieling: ruit ingegooid, niets weggenomen. Op camerabeelden een man die eerder die dag wegens winkeldiefstal uit de zaak was gezet.
- | slachtoffer | Bewoonster van het AZC is op haar fiets aangereden door een automobilist die doorreed. Lichte verwondingen aan been en arm. Getuige heeft deel van het kenteken.
- | slachtoffer | Joodse student doet aangifte van diefstal van zijn fiets bij de universiteitsbibliotheek. Fiets stond op slot, slot is doorgeknipt.
- | slachtoffer | Verstandelijk beperkte man werd via Facebook benaderd door een "vriendin" die geld vroeg voor een vliegticket. Hij maakte 1.200 euro over. Zijn begeleider doet samen met hem aangifte.
- | slachtoffer | Marokkaanse taxichauffeur werd door een klant niet betaald; de klant rende weg bij aankomst in de Pijp. Rit van 42 euro, klant herkend op de dashcam.
- | slachtoffer | Tijdens Koningsdag werd een Surinaamse vrouw op de vrijmarkt haar tas afgepakt. Bet. verdween in de menigte. Tas met ID en 60 euro.
- | slachtoffer | AG (Eritrees) doet aangifte van mishandeling door zijn huisgenoot na een ruzie over het schoonmaakrooster. AG heeft een bloedneus. Huisgenoot is aangehouden.
- | slachtoffer | Vrouw met nikab doet aangifte van diefstal van haar telefoon op de markt. Bet. een jongen die haar de weg vroeg en ondertussen de telefoon uit haar jaszak pakte.
- | slachtoffer | Pastoor meldt dat de koperen dakgoot van de kerk is gestolen. Steigers van de aannemer stonden nog tegen de gevel. Vermoedelijk metaaldieven.
- | slachtoffer | SO (24, Antilliaans) is in het uitgaansgebied gestoken na een ruzie over een meisje. Bet. kende SO van vroeger. SO stabiel in het ziekenhuis.
- | slachtoffer | Een Oekraïense vluchtelinge is in het opvanghotel bestolen van haar sieraden en 200 euro. Kamerdeur was niet op slot. Onderzoek loopt.
- | slachtoffer | Medewerker van de Poolse winkel is met een stanleymes bedreigd bij een overval. Bet. nam ca. 600 euro uit de kassa mee en vluchtte op een scooter. Bet. zei alleen "geld, snel".
- | slachtoffer | Oudere Turkse man werd onwel in de moskee; familie meldt dat zijn portemonnee daarna uit zijn jas in de garderobe was verdwenen. Geen getuigen.
- | slachtoffer | Jongen (12) met een lichamelijke beperking werd zijn telefoon afgepakt door twee oudere jongens bij het winkelcentrum. Ze dreigden hem te slaan als hij iets zou zeggen.
- | slachtoffer | Lesbisch stel meldt dat hun auto is opengebroken en de navigatie eruit is gesloopt. In dezelfde straat zijn die nacht nog vier auto's opengebroken.
- | slachtoffer | Een groep statushouders uit het AZC werd door een nepwerkgever beloofd dat ze werk in de kassen zouden krijgen na een betaling van 250 euro per persoon. Geen werk, geen geld terug.
- | ruzie | Burenruzie aan de Lindenlaan over een overhangende boom. Buurman noemde mld. een "achterlijke klootzak" en gooide de afgezaagde takken over de schutting. Partijen aangesproken.
- | ruzie | Twee automobilisten kregen ruzie over een parkeerplek bij de Albert Heijn. Over en weer werd "kutwijf" en "lul" geroepen. Geen geweld, beiden doorgereden.
- | ruzie | Melding via 112: ruzie in het portiek. Man schreeuwt tegen bovenbuurman "kankerlijer, zet die muziek zachter!". Eenheid ter plaatse, partijen uit elkaar gehaald.
- | ruzie | Ruzie langs het voetbalveld tussen twee vaders. "Idioot" en "eikel" werden over en weer geroepen, er werd geduwd. Trainer heeft ze gescheiden; geen aangifte.
- | ruzie | AG werd door zijn ex via WhatsApp uitgescholden voor "tyfuslijer" en "loser" na een ruzie over de omgangsregeling. Hij wil alleen een melding, geen aangifte.
- | ruzie | Klant in de telefoonwinkel werd boos over de garantie en noemde de verkoper een "oplichter" en een "sukkel". Klant is door de beveiliging naar buiten begeleid.
- | ruzie | Scholier schold zijn docent uit voor "kutleraar" nadat hij een onvoldoende kreeg en gooide een stoel om. School heeft de ouders gebeld; politie ter info.
- | ruzie | Ruzie tussen twee vriendinnen in de trein, die elkaar uitscholden voor "bitch" en erger. Conducteur belde de politie, beiden bij Utrecht CS uit de trein gehaald.
- | ruzie | Fietser en voetganger kregen woorden op het zebrapad. Fietser riep "kijk uit je doppen, halve gare", voetganger duwde hem van zijn fiets. Beiden willen geen aangifte.
- | ruzie | Bewoners van de flat ruziën al maanden over de containers. Mld. noemt de buurvrouw "een vals kreng", buurvrouw noemt hem "een vieze ouwe zak". Buurtbemiddeling voorgesteld.
- | ruzie | Na een kop-staartbotsing stapte de bestuurder uit en schreeuwde "rijden kun je niet, kankerlijer!". Schadeformulier ingevuld, geen geweld.
- | ruzie | Taxichauffeurs op de standplaats CS kregen onderling ruzie over de volgorde. Er werd "klootzak" en "vuile rat" geroepen. Handhaving heeft ze tot de orde geroepen.
- | ruzie | Twee jongens van 14 hadden ruzie in het park om een geleende scooter; "jij bent een kankerkind" en "ik pak je later" via Snapchat. Ouders ingelicht.
- | ruzie | Scheidsrechter werd na afloop door een speler "blinde mol" en "prutser" genoemd. Speler kreeg rood, tuchtzaak bij de KNVB. Politie alleen ter info.
- | ruzie | Ex-partners kregen ruzie bij de overdracht van de kinderen bij het tankstation: "je bent een waardeloze vader, lul". Eenheid ter plaatse, gesprek gevoerd, kinderen mee met moeder.
- | ruzie | Mld. belt dat zijn buurman in de tuin staat te schelden: "Je bent een gestoorde gek!" omdat de kat van mld. in zijn moestuin poept. Advies gegeven.
- | ruzie | Twee bouwvakkers kregen ruzie op de steiger, een van hen riep "ik sla je kop eraf, sukkel". Uitvoerder heeft een van beiden naar huis gestuurd.
- | ruzie | Leerlingen scholden elkaar uit in de groepsapp met berichten als "je moeder is een hoer" en "kanker op". Mentor en wijkagent hebben een gesprek gevoerd met de klas.
- | ruzie | Buurvrouwen ruzieën over de was op het balkon. Mld. zegt dat de buurvrouw haar "trut" en "kakmadam" noemde en water naar beneden gooide.
- | ruzie | Gast in het restaurant schold de ober uit voor "stomme eikel" omdat het eten koud was. Gast heeft betaald en is vertrokken. Eigenaar wilde het alleen laten vastleggen.
- | ruzie | Automobilist toeterde en riep uit het raam naar een fietser "rot op, tyfushond". Fietser sloeg daarop met de vuist tegen de zijspiegel. Beiden gehoord.
- | ruzie | Bij de milieustraat kreeg een bezoeker ruzie met een medewerker over het storten van bouwafval en riep "ambtenarentuig, jullie zijn allemaal hetzelfde". Bezoeker weggestuurd.
- | ruzie | Vader van een speler van de JO11 schold de trainer uit voor "prutser" en "clown" na het wisselen van zijn zoon. Bestuur van de club heeft de vader een gesprek aangeboden.
- | ruzie | Buurtbewoners kregen ruzie op de Facebookpagina van de wijk over hondenpoep; reacties als "hou je bek, zeikerd" en "jij bent zelf een kankerhond". Beheerder heeft de post verwijderd.
- | ruzie | Twee Turkse buurmannen hebben al jaren ruzie over de schutting; vandaag noemde de een de ander "ezel" en "leugenaar" en werd er met een hark gezwaaid. Hark ingenomen.
- | ruzie | Klant en kapper kregen ruzie over een mislukte coupe; klant noemde de kapper een "prutser met een schaar" en trapte tegen de glazen deur. Schade aan de deur, aangifte vernieling.
- | ruzie | Mld. zegt dat zijn collega hem op de werkvloer een "lui varken" noemt. Het gaat om een conflict over de werkverdeling in het magazijn. Advies: eerst met de leidinggevende bespreken.
- | ruzie | Na een uitgaansavond ontstond een vechtpartij voor de shoarmazaak, met kreten als "kom dan, lafaard" en "kankerjong". Twee personen aangehouden voor openlijke geweldpleging.
- | ruzie | Buurman noemde mld. tijdens de ruzie over de heg "een boer uit de polder" en een "stomme hufter". Mld. wil dat het wordt vastgelegd voor als het escaleert.
- | ruzie | Twee moeders kregen op het schoolplein ruzie over een parkeerplek; de een noemde de ander "brutaal wijf", waarna er over en weer geduwd werd. Beiden gehoord, geen letsel.
- | ruzie | Ruzie in de supermarkt in de rij bij de kassa: een oudere man noemde een klant die voordrong "een brutale aap". Beiden kennen elkaar uit de straat en hadden eerder al ruzie over voordringen.
- | ruzie | Melding via 112: man en vrouw schreeuwen op straat tegen elkaar, "teringlijer" en "vuile leugenaar". Bij aankomst is het stel al rustig, relatieproblemen. Geen strafbare feiten.
- | ruzie | Buurman noemt mld. al weken "die gek van driehoog" en "malloot" en zet zijn vuilniszakken voor haar deur. Ruzie gaat over een lekkage die mld. zou hebben veroorzaakt.
- | ruzie | Leerkracht werd door een ouder in het bijzijn van kinderen uitgescholden voor "incompetente trut" na een gesprek over het schooladvies. Directie heeft de ouder een schoolverbod gegeven.
'''
NEUTRAL += r'''
- | ontkenning | AG meldt dat de portier hem weigerde en denkt dat het om zijn huidskleur ging. Camerabeelden tonen dat AG zichtbaar onder invloed was en dat die avond meerdere groepen van allerlei afkomst wegens drukte werden geweigerd. Geen aanwijzing voor discriminatie.
- | ontkenning | Mld. vroeg zich af of de afwijzing voor de woning met haar afkomst te maken had. Navraag bij de verhuurder: woning is via loting toegewezen, het lotingsoverzicht is aangeleverd. Geen discriminatoir aspect vastgesteld.
- | ontkenning | Bet. noemde SO een kankerlijer tijdens ruzie over de parkeerplaats. SO geeft zelf aan dat het niets met zijn afkomst of geloof te maken had, het ging puur om de plek.
- | ontkenning | SO is van Turkse afkomst en werd op straat beroofd. Vdt. heeft in het verhoor verklaard dat hij het op het dure horloge had voorzien. Er zijn geen uitlatingen gedaan en niets wijst op een discriminatoir motief.
- | ontkenning | Klacht over een agent die mld. vanwege zijn afkomst anders zou hebben behandeld is onderzocht. Bodycambeelden laten zien dat mld. dezelfde vragen kreeg als de andere bestuurders in de controle. Klacht ongegrond.
- | ontkenning | Mld. dacht dat de brief van de VvE over geluidsoverlast tegen hem als moslim gericht was vanwege het gebed. De brief is aan alle bewoners gestuurd en gaat over een verbouwing op de derde etage. Geen discriminatie.
- | ontkenning | AG kreeg geen baan bij de supermarkt en vermoedde dat dat door haar hoofddoek kwam. Filiaalmanager toont aan dat er drie medewerkers met hoofddoek werken en dat de vacature intern is ingevuld. AG is tevreden met de uitleg.
- | ontkenning | Mld. vermoedde dat de taxichauffeur hem niet meenam vanwege zijn rolstoel. Het bleek een gewone taxi te zijn; de centrale stuurde direct een rolstoelbus. Geen discriminatie, wel een fout bij het boeken.
- | ontkenning | Poolse medewerker wordt in het magazijn door collega's "de Polak" genoemd. Hij verklaart zelf dat het zijn bijnaam is uit het voetbalteam, dat hij het niet beledigend vindt en niets wil. Geen verdere actie.
- | ontkenning | Aangifte van vernieling van de regenboogvlag bij het gemeentehuis. Camerabeelden tonen dat de vlag tijdens de storm van zaterdagnacht van de mast is gescheurd. Geen opzet, geen discriminatie.
- | ontkenning | Na onderzoek is vastgesteld dat de boete voor de Roemeense bestuurder conform het standaardtarief is; dezelfde overtreding levert Nederlandse bestuurders hetzelfde bedrag op. Klacht over discriminatie niet gegrond.
- | ontkenning | SO, een Joodse man, werd op straat geslagen. Vdt. is verward en sloeg eerder die dag twee willekeurige andere voorbijgangers. Niets duidt op antisemitisme; vdt. is overgedragen aan de GGZ.
- | ontkenning | Scholiere meldde dat haar docent haar een lager cijfer gaf omdat ze Marokkaans is. Mentor en ouders hebben het werk samen nagekeken; het cijfer klopt met het antwoordmodel. Mld. trekt de melding in.
- | ontkenning | De brief met "vertrek uit deze straat" in de bus van mld. blijkt afkomstig van een buurman die boos is over bouwoverlast; dezelfde brief lag bij alle bewoners met een vergunning voor een dakkapel. Geen verband met de afkomst van mld.
- | ontkenning | AG voelde zich gediscrimineerd toen de portier van het casino zijn paspoort niet accepteerde. Paspoort bleek verlopen; het casino eist van iedere bezoeker een geldig ID.
- | ontkenning | Vrouw met hoofddoek werd bij de uitgang van de winkel gevraagd haar tas te laten zien. Het poortje gaf alarm; een vergeten beveiligingslabel aan een gekochte blouse bleek de oorzaak. Geen selectie op uiterlijk.
- | ontkenning | Buurtbewoner meldde een nazivlag voor een raam. Ter plaatse bleek het de vlag van een Duitse voetbalclub te zijn. Geen strafbaar feit, geen discriminatie, mld. geïnformeerd.
- | ontkenning | AG (63) denkt dat hij is afgewezen vanwege zijn leeftijd. Werkgever laat zien dat de functie een specifiek diploma vereist dat AG niet heeft; de aangenomen kandidaat is 58. Geen leeftijdsdiscriminatie.
- | ontkenning | Verkoper die de transvrouw "meneer" noemde had haar van achteren gezien en bood direct excuses aan toen hij zijn vergissing merkte. Mld. vond de excuses voldoende en ziet af van een melding.
- | ontkenning | In de melding stond "racistische bedreiging", maar uit het gesprek met beide partijen blijkt dat het om een schuld van 200 euro gaat. Er zijn geen uitlatingen over afkomst gedaan. Categorie aangepast naar bedreiging.
- | ontkenning | Rapp. heeft de registratie gecontroleerd: het vinkje discriminatie was per abuis aangezet. Het betreft een verkeersongeval met blikschade zonder enig discriminatie-aspect. Vinkje verwijderd.
- | ontkenning | AG dacht dat de buschauffeur haar bewust liet staan omdat ze een nikab draagt. Vervoerder laat weten dat de bus vol was en ook de volgende halte is overgeslagen; GPS- en telgegevens bevestigen dit.
- | ontkenning | Supporter die uit het stadion werd verwijderd stelde dat dit vanwege zijn huidskleur was. Beelden tonen dat hij vuurwerk afstak; alle vier de personen die dit deden zijn verwijderd, ongeacht afkomst.
- | ontkenning | SO dacht dat hij bij de huisarts werd geweigerd vanwege zijn verblijfsstatus. Navraag: de praktijk heeft een patiëntenstop voor iedereen van buiten de wijk. Doorverwezen naar een praktijk bij hem in de buurt.
- | ontkenning | In het aangiftegesprek gaf AG aan dat de dader hem "vuile rat" noemde. Op de vraag of er iets over zijn afkomst, geloof of geaardheid werd gezegd antwoordde AG nee. Aangifte mishandeling opgenomen zonder discriminatie-aspect.
- | ontkenning | Leerling beschuldigde de gymdocent van seksisme omdat meisjes een andere oefening kregen. Na gesprek bleek het om een indeling op niveau te gaan, met jongens en meisjes in beide groepen. Melding afgesloten.
- | ontkenning | Mevrouw meldde dat de woningcorporatie haar als 80-plusser "weg wil hebben". De corporatie biedt alle huurders in het complex tijdelijke vervangende woonruimte aan wegens renovatie. Geen leeftijdsdiscriminatie.
- | ontkenning | Na bekijken van de beelden blijkt de kras op de auto van het lesbische stel geen tekst of symbool te zijn maar schade door een winkelwagentje op de parkeerplaats. Geen aanwijzing voor een homofoob motief.
- | ontkenning | Melder had het idee dat de graffiti op de moskee een haatboodschap was. Het blijkt om tags van een bekende graffitispuiter te gaan die in de hele wijk dezelfde tag zet. Geen discriminatoire tekst; wel vernieling.
- | ontkenning | AG meldde dat de sportschool hem weigerde omdat hij homo is. Eigenaar laat het reglement zien: AG is geschorst na het bedreigen van een medewerker, wat door camerabeelden wordt bevestigd. Geen discriminatie.
- | ontkenning | Getuige dacht dat de bet. bij de vechtpartij "vieze Turk" riep. Andere getuigen en het filmpje laten horen dat hij "vieze kut" riep tegen zijn ex-vriendin, die er ook bij stond. Geen discriminatoire uitlating vastgesteld.
- | beleid | Briefing ochtenddienst: denk aan het correct registreren van discriminatie-incidenten. Vink in BVH het discriminatievinkje aan en noteer letterlijk welke woorden zijn gebruikt, ook als het om scheldwoorden als "kankerjood" of "aap" gaat.
- | beleid | Verslag overleg ECAD-P en het antidiscriminatiebureau: in Q3 zijn 48 incidenten geregistreerd, de meeste op grond van herkomst. Afspraak: doorzetten naar het ADV binnen vijf werkdagen.
- | beleid | Training Divers Vakmanschap op 14 maart voor team Noord. Onderwerpen: etnisch profileren, bejegening van LHBTI-melders en het herkennen van een discriminatoir motief bij geweld. Aanmelden bij de OE-coördinator.
- | beleid | Mutatie t.b.v. registratie, geen incident: het netwerk Roze in Blauw staat tijdens de Pride-week met een stand op het Museumplein. Collega's die willen helpen kunnen zich melden.
- | beleid | Memo teamchef: bij meldingen van antisemitische uitingen, zoals spreekkoren over joden en gas, altijd de OvJ discriminatie informeren en beelden veiligstellen voordat ze offline gaan.
- | beleid | Werkinstructie intake: vraag de melder of er tijdens het incident opmerkingen zijn gemaakt over afkomst, geloof, geaardheid, geslacht, handicap of leeftijd. Noteer het antwoord, ook als het nee is.
- | beleid | Jaarcijfers discriminatie eenheid: 312 registraties, waarvan 41% herkomst, 19% seksuele gerichtheid en 16% antisemitisme. Zie de bijgevoegde rapportage voor de uitsplitsing per district.
- | beleid | Intervisie over etnisch profileren: casus besproken waarin een collega een auto stopte "omdat het een Marokkaan in een dure auto was". Besproken waarom dit niet mag en hoe je een controle objectief onderbouwt.
- | beleid | Overleg met de moskeebesturen in de wijk over de veiligheid rond de ramadan. Afspraak: extra surveillance bij het avondgebed en een vast aanspreekpunt bij het wijkteam.
- | beleid | Het Netwerk Moslimpolitie organiseert op 20 april een iftar voor alle collega's op het bureau. Iedereen welkom, opgeven bij het secretariaat.
- | beleid | De diversiteitscommissie presenteerde de resultaten van het medewerkersonderzoek; een derde van de vrouwelijke collega's hoort wel eens seksistische opmerkingen. Vervolgacties worden in het MT besproken.
- | beleid | Uitleg voor nieuwe collega's: bij een scheldpartij met "kut-Turk" of "vieze homo" is sprake van een discriminatoire uitlating, bij "klootzak" of "eikel" niet. Registreer in het eerste geval altijd de maatschappelijke klasse discriminatie.
- | beleid | Verslag regionaal discriminatieoverleg: casus bekladding Stolpersteine besproken, stand van zaken van het onderzoek en het contact met de Joodse gemeenschap. Volgend overleg 12 juni.
- | beleid | Presentatie op de teamdag door de ECAD-P-coördinator: hoe herken je discriminatie in een mutatie, met voorbeelden uit de praktijk en de meest gemaakte fouten bij het registreren.
- | beleid | Ter info: het landelijk expertisecentrum biedt een nieuwe e-learning aan over hate crimes en de strafverzwaring bij een discriminatoir motief. Inschrijven via het leerplatform vóór 1 oktober.
- | beleid | Notitie: de gemeente start een campagne tegen discriminatie op de woningmarkt. Wijkagenten wordt gevraagd de flyers in de buurthuizen te verspreiden en meldingen door te zetten naar het ADV.
- | beleid | Teamoverleg: burgers vaker vertellen dat aangifte van discriminatie mogelijk is. Voorbeeld: slachtoffers die worden uitgescholden voor flikker of lesbo weten vaak niet dat dit strafbaar kan zijn.
- | beleid | Agenda overleg ketenpartners: 1. cijfers discriminatie, 2. beveiliging Pride, 3. aanpak online haat tegen raadsleden, 4. rondvraag. Notulen volgen.
- | beleid | Mutatie ter registratie: de wijkagent heeft een gastles gegeven op het Montessori College over racisme, discriminatie en wat je kunt doen als je wordt uitgescholden of gepest.
- | beleid | Evaluatie Keti Koti-herdenking: samenwerking met de organisatie verliep goed, geen incidenten. Volgend jaar weer tijdig contact opnemen met het comité.
- | beleid | De Roze in Blauw-collega's zijn bereikbaar voor LHBTI+-slachtoffers die liever met een gespecialiseerde collega praten. Verwijs daarnaar bij de intake als de melder daar behoefte aan heeft.
- | beleid | Kwaliteitscontrole registraties: in 14 van de 60 gecontroleerde mutaties ontbrak het discriminatievinkje, terwijl de tekst een uitlating als "kankermarokkaan" bevatte. Teamleiders wordt gevraagd dit te bespreken.
- | beleid | Overleg met het platform gehandicaptenbeleid over de toegankelijkheid van het bureau; de balie krijgt een verlaagd gedeelte en een ringleiding voor slechthorenden.
- | beleid | Info voor de briefing: komende week vindt het Joods cultureel festival plaats. Extra alertheid rond de locaties in Zuid i.v.m. het verhoogde dreigingsniveau.
- | beleid | De coördinator heeft met het team de gronden doorgenomen die we registreren: herkomst, godsdienst, antisemitisme, seksuele gerichtheid, genderidentiteit, geslacht, handicap, leeftijd en overige gronden.
- | beleid | Gesprek met de afdeling HR over werving: het team wil meer collega's met een migratieachtergrond en meer vrouwen op de noodhulp. Vacatureteksten worden herschreven.
- | beleid | Casusoverleg met het OM: in de zaak van de bedreiging van de moskee wordt de OvJ gevraagd het discriminatoire motief expliciet in de tenlastelegging op te nemen. Dossier compleet gemaakt.
- | beleid | Voor de training "gesprekstechnieken bij discriminatiemeldingen" zoeken we nog drie collega's die een rollenspel willen spelen als melder. Duur: een ochtend.
- | weigering | Portier van de club weigerde een groep jongens omdat twee van hen sportschoenen droegen. De dresscode staat op de website en bij de ingang. Groep werd boos maar vertrok na uitleg.
- | weigering | Man werd bij de ingang van het café geweigerd omdat hij zichtbaar dronken was en eerder die avond al was verwijderd. Hij wilde niet vertrekken en is door collega's weggestuurd.
- | weigering | Supermarkt weigerde alcohol te verkopen aan een jongen van 17 die geen ID kon tonen. Jongen schold de caissière uit en vertrok zonder de boodschappen.
- | weigering | Sportschool weigerde AG de toegang omdat zijn abonnement verlopen was. AG vond dit onterecht, maar de incasso bleek twee keer mislukt. Hij heeft ter plekke betaald.
- | weigering | Taxichauffeur weigerde de rit omdat de klant zijn grote hond zonder bench wilde meenemen en de taxi daar niet geschikt voor is. Klant heeft een andere taxi gebeld.
- | weigering | Restaurant weigerde een gezelschap van 14 personen zonder reservering; de keuken zat vol. Het gezelschap dreigde met slechte recensies en werd luidruchtig. Vertrokken na aanspreken.
- | weigering | Club hanteert een minimumleeftijd van 21 jaar. Meisje van 19 werd geweigerd, haar vriendinnen van 22 mochten erin. Meisje belde de politie; uitleg gegeven over de huisregels.
- | weigering | Buschauffeur liet een man niet instappen omdat hij geen geldig vervoersbewijs had en niet wilde betalen. Man trapte tegen de deur van de bus. Aangifte vernieling.
- | weigering | Woningcorporatie wees mld. af omdat zijn inkomen boven de grens voor sociale huur ligt. Mld. was het er niet mee eens en werd boos aan de balie. Kalmeerde na gesprek.
- | weigering | Apotheek weigerde een klant die medicijnen op naam van iemand anders wilde ophalen zonder machtiging. Klant werd boos en sloeg op de toonbank.
- | weigering | Beveiliging van het festival weigerde AG de toegang omdat hij pillen bij zich had. Pillen in beslag genomen, AG heeft een strafbeschikking gekregen.
- | weigering | Zwembad weigerde een man in een spijkershort; alleen zwemkleding is toegestaan. Hij kon een zwembroek huren maar wilde dat niet. Man vertrok mopperend.
- | weigering | Bij de tennisvereniging mocht mld. niet op de baan omdat hij geen lid is en geen gastpas had gekocht. Hij vond dat een schande en belde de politie. Uitleg gegeven.
- | weigering | Vrouw werd bij de moskee gevraagd haar schoenen uit te doen bij de ingang van de gebedsruimte. Zij weigerde en werd verzocht buiten te wachten. Zij belde de politie; uitgelegd dat dit huisregel is voor iedereen.
- | weigering | Koster heeft een man de toegang tot de kerk ontzegd voor een maand nadat hij tijdens de dienst bleef roepen en de dominee uitschold. Man is schriftelijk op de hoogte gesteld.
- | weigering | Hotel weigerde AG in te checken omdat hij zijn ID niet kon tonen; dat is wettelijk verplicht voor alle gasten. AG bleef in de lobby staan, na gesprek vertrokken.
- | weigering | Coffeeshop weigerde een toerist omdat hij geen ingezetene van Nederland is (ingezetenencriterium). Toerist riep dat dit discriminatie was; uitleg gegeven over de gemeentelijke regel die voor alle niet-ingezetenen geldt.
- | weigering | Kroeg liet op wedstrijddag geen supporters in clubkleding binnen; eigenaar hanteert dat beleid voor beide clubs. Groep supporters werd boos, na uitleg naar een andere kroeg gegaan.
- | weigering | Verhuurder wees AG af omdat hij geen loonstrook kon laten zien; alle kandidaten moeten drie keer de huur verdienen. AG vond dat niet eerlijk, maar het staat in de advertentie.
- | weigering | Winkel weigerde retour van een gedragen broek zonder kassabon. Klant werd agressief en schopte een kledingrek om. Schade gering, klant weggestuurd.
- | weigering | Gemeentebalie weigerde een paspoort te verstrekken aan een man zonder afspraak. Man werd boos, sloeg op de balie en werd door de beveiliging naar buiten gebracht.
- | weigering | Nachtclub weigerde AG omdat hij een collectieve horecaontzegging heeft na een vechtpartij vorige maand. AG wilde dat niet accepteren; eenheid ter plaatse.
- | weigering | Taxichauffeur weigerde een rit naar Schiphol omdat zijn dienst voorbij was en verwees naar de volgende taxi in de rij. Klant vond dit onbeleefd en belde de meldkamer.
- | weigering | Vrouw in een rolstoel kon niet mee met de rondvaartboot omdat die geen lift heeft; de rederij bood haar een plek op een aangepaste boot een uur later aan. Zij is daarmee akkoord gegaan.
- | weigering | Voetbalvereniging weigerde een speler die al twee seizoenen geen contributie heeft betaald. Vader kwam verhaal halen en werd luidruchtig in de kantine.
- | weigering | Bij de ingang van het concert werd een man geweigerd omdat zijn ticket al was gescand; het bleek een vervalst ticket dat hij via Marktplaats had gekocht. Aangifte oplichting opgenomen.
- | weigering | Bakker weigerde een klant met een hond in de winkel (geen hulphond). Klant werd boos maar bond de hond buiten vast en deed daarna zijn boodschappen.
- | weigering | Portier zei tegen AG dat petten en capuchons binnen niet zijn toegestaan. AG zette zijn pet af en mocht naar binnen. Zijn vriend weigerde en bleef buiten; die belde later de politie.
- | weigering | Barpersoneel weigerde een man die al zeven bier op had en begon te lallen nog een drankje te schenken, volgens de regels van verantwoord schenken. Man ging schelden en is verwijderd.
'''
NEUTRAL += r'''
- | homoniem | Melding via 112: vrouw meldt dat haar buurman een pot kokend water over het balkon leeggooide richting haar tuin. Niemand geraakt. Buurman zegt dat hij de pasta aan het afgieten was boven zijn plantenbak.
- | homoniem | AG doet aangifte van diefstal uit haar auto. Haar nicht had de auto geleend en de achterdeur niet op slot gedaan. Tas met laptop weggenomen.
- | homoniem | Bet. werd boos in de winkel omdat hij niet mocht pinnen en begon spullen van de schappen op de grond te flikkeren. Schade ca. 150 euro, bet. aangehouden voor vernieling.
- | homoniem | Toerist uit Mongolië deed aangifte van zakkenrollerij op het Damrak. Tolk Mongools geregeld via de tolkentelefoon; portemonnee met 300 dollar weg.
- | homoniem | Bibliothecaris meldt dat een bezoeker een oud exemplaar van "De negerhut van Oom Tom" uit de speciale collectie heeft beschadigd met koffie en weigert de schade te betalen. Boek is uit 1910.
- | homoniem | Aanrijding op de Jodenbreestraat tussen een tram en een fietser die door rood reed. Fietser lichtgewond, vervoerd naar het OLVG.
- | homoniem | Dhr. De Jood meldt dat zijn schuur is opengebroken en dat zijn gereedschapskist en een kettingzaag zijn weggenomen.
- | homoniem | Bij de banketbakkerij is vannacht ingebroken; volgens de eigenaar zijn o.a. twee dozen moorkoppen, de kassalade en een tablet meegenomen.
- | homoniem | Makaak ontsnapt uit het apenverblijf van de dierentuin, gezien in de bomen langs de Plantage Middenlaan. Verzorgers en dierenarts ter plaatse, publiek op afstand gehouden.
- | homoniem | Zuivelfabriek meldt dat de nieuwe homogenisator-onderdelen uit de bedrijfshal zijn gestolen. Waarde ca. 40.000 euro, geen braaksporen.
- | homoniem | Bij de woningcontrole werd in de keuken een pot met ca. 50 gram hennep aangetroffen. In beslag genomen, bewoner krijgt een strafbeschikking.
- | homoniem | Fietsenmaker Zwart aan de Kerkstraat meldt inbraak in zijn werkplaats. Vijf e-bikes van klanten weggenomen.
- | homoniem | Inbraak in het tuincentrum: o.a. twintig trays afrikaantjes, een grasmaaier en de fooienpot weggenomen.
- | homoniem | Mongools barbecuerestaurant meldt dat een gezelschap van vijf zonder te betalen is vertrokken. Rekening van 187 euro, kenteken van de auto genoteerd.
- | homoniem | Aanrijding op de N57 bij Zwartewaal, bestuurder onder invloed. Ademanalyse 640 ug/l, rijbewijs ingevorderd.
- | homoniem | Mld. uit Papendrecht meldt dat zijn sloep vannacht uit de jachthaven is gestolen, inclusief de buitenboordmotor.
- | homoniem | Bewoner van Homoet meldt dat zijn kippen door een vos zijn doodgebeten en vraagt of hij de vos mag afschieten. Doorverwezen naar de faunabeheereenheid.
- | homoniem | Bet. riep tegen zijn huisgenoot "flikker op met je gezeur" en smeet de deur dicht. Buren belden vanwege het lawaai; bij aankomst was het weer rustig.
- | homoniem | Hond van mld. liep met een bloedende poot over straat na een aanrijding met een fietser. Fietser is doorgereden; mld. zoekt getuigen.
- | homoniem | Winkeldiefstal bij de HEMA: bet. nam twee pakken jodenkoeken en een doos tompoucen mee zonder te betalen. Ter plaatse afgedaan met een strafbeschikking.
- | homoniem | Mld. uit de Indische Buurt meldt gaslucht in het portiek. Brandweer en netbeheerder ter plaatse, lek in de meterkast gedicht.
- | homoniem | Dhr. Turk, de nieuwe bewoner van de boerderij aan de Dijkweg, meldt dat het hek van zijn weiland is vernield en dat zijn schapen op de weg lopen. Schapen teruggedreven.
- | homoniem | Op het Zwarte Cross-festival zijn twaalf personen aangehouden voor drugsbezit en twee voor mishandeling. Verder rustig verloop.
- | homoniem | Bij een inbraak bij een boekenverzamelaar is o.a. een vroege Nederlandse druk van "Tien kleine negertjes" van Agatha Christie weggenomen, waarde ca. 600 euro.
- | homoniem | AG doet aangifte van oplichting: een man deed zich aan de deur voor als collectant van KWF Kankerbestrijding en haalde contant geld op. Collecteweek is al voorbij.
- | homoniem | Twee nichten kregen ruzie over de erfenis van hun oma; een van hen nam zonder toestemming de sieraden mee uit het huis. Civiele zaak, mld. doorverwezen.
- | homoniem | Dierenasiel meldt dat een doodshoofdaapje uit een particuliere woning is ontsnapt. Het dier werd illegaal gehouden; NVWA ingelicht.
- | homoniem | Kok meldt dat zijn collega na een ruzie een pan hete zigeunersaus over zijn arm gooide. Brandwond eerste graad, aangifte mishandeling opgenomen.
- | homoniem | Vrouw verloor in tram 2 haar bontmof en handschoenen. Gevonden voorwerp gemeld bij het GVB.
- | homoniem | Vechtpartij voor café De Moriaan aan de Markt; twee mannen met een bloedneus, beiden onder invloed. Geen aangifte, beiden naar huis gestuurd.
- | homoniem | De mongoolse vlek op de billen van de baby werd door de consultatiebureau-arts als normaal herkend; zorgmelding over mogelijk letsel is ingetrokken. Veilig Thuis geïnformeerd.
- | homoniem | Vermissing: bruine Cairn terriër met de naam Zwartje, weggelopen bij de Hoge Veluwe. Chip geregistreerd op naam van mld.
- | homoniem | Verkeerscontrole op de Papenstraat: drie bestuurders zonder gordel bekeurd, één bestuurder met telefoon in de hand.
- | positief | Buurtbewoners hebben samen met de moskee een iftar op straat georganiseerd. Wijkagent was aanwezig; sfeer zeer goed, geen bijzonderheden.
- | positief | Mld. wil een compliment doorgeven: twee Poolse bouwvakkers hielpen haar toen ze met haar rollator was gevallen en brachten haar naar huis. Ze wil graag dat hun werkgever dit hoort.
- | positief | Na de bekladding van de synagoge kwamen ruim honderd buurtbewoners een kaarsje en bloemen brengen als steun. Rapp. was aanwezig, alles verliep rustig.
- | positief | Wijkagent sprak met de transgender jongere die vorige week is lastiggevallen. De school heeft een steungroep opgezet en zij voelt zich gesteund door haar klas.
- | positief | Een groep Syrische statushouders heeft vrijwillig het zwerfafval rond het winkelcentrum opgeruimd. Gemeente en wijkteam bedanken hen.
- | positief | Voetbalclub hield een minuut stilte en hing een regenboogspandoek op na het incident van vorige week. Aanvoerders van beide teams droegen een regenboogband.
- | positief | Mld. belt om te zeggen dat de nieuwe Turkse buren erg behulpzaam zijn en haar kapotte fiets hebben gerepareerd. Zij wil haar eerdere klacht over geluidsoverlast intrekken.
- | positief | Collega's van het bureau liepen mee in de Pride Walk om hun steun te tonen aan LHBTI+-collega's en burgers. Mooie dag, veel positieve reacties.
- | positief | Leerlingen van de islamitische basisschool brachten tekeningen en koekjes naar de bewoners van het verzorgingshuis. Wijkagent was uitgenodigd en heeft foto's gemaakt.
- | positief | Na de vernieling van de regenboogbank hebben buurtbewoners de bank opnieuw geschilderd en er een briefje op gehangen: "Liefde wint". Ter info.
- | positief | Teamchef bedankt de dove collega voor het maken van de gebarentaalvideo over aangifte doen; de video wordt landelijk gebruikt.
- | positief | Ondernemer meldt trots dat zijn medewerker met een verstandelijke beperking een winkeldief heeft aangesproken en tegengehouden tot de politie kwam. Compliment doorgegeven.
- | positief | Tijdens de chanoekaviering op het plein hielden een imam, een dominee en de rabbijn samen een toespraak tegen haat. Ca. 200 aanwezigen, rustig verloop.
- | positief | Mld. wil kwijt dat de agente die haar na het ongeval hielp, een vrouw met hoofddoek, ontzettend professioneel en lief was. Compliment doorgestuurd naar de teamchef.
- | positief | De vrijwilligers van de buurtwacht, gemiddeld ruim boven de 70, hebben door hun oplettendheid een inbreker op heterdaad laten aanhouden. Dank aan de buurtwacht.
- | positief | Rolstoelbasketbalteam gaf een clinic op de basisschool; de wijkagent deed mee en verloor glansrijk. Kinderen waren enthousiast.
- | positief | Surinaamse kerkgemeente heeft voor de tweede keer een inzamelingsactie gehouden voor de voedselbank; 60 kratten ingezameld. Wijkteam hielp met vervoer.
- | positief | Oudere dame meldt dat een groep Marokkaanse jongens uit de buurt haar boodschappen de trap op droeg en niets wilde aannemen. Ze wilde dat de politie dat ook eens hoort.
- | overig | Zwarte BMW met een Duits kenteken reed met hoge snelheid door de woonwijk rond de school. Kenteken doorgegeven aan de verkeershandhaving.
- | overig | Mld. had Chinees eten besteld en meldt dat de bezorger met haar wisselgeld is weggereden. Restaurant gebeld, bezorger brengt het terug.
- | overig | Bewoner klaagt over een wit busje dat al dagen met draaiende motor voor zijn deur staat. Kenteken nagetrokken, bestuurder aangesproken; het gaat om een koeltransport.
- | overig | Demonstratie van gele hesjes bij het provinciehuis verliep rustig. Circa 60 deelnemers, om 15:00 uur vertrokken.
- | overig | Bruine labrador loopt los op de A27 t.h.v. Gorinchem. Eenheid ter plaatse, hond gevangen en naar het asiel gebracht.
- | overig | Verward persoon, man, meldt dat hij door de overheid wordt afgeluisterd via zijn magnetron. Rustig gesprek gevoerd, huisarts en GGZ op de hoogte gesteld.
- | overig | Bewoners van het verzorgingshuis zijn gewaarschuwd voor nepmonteurs in de wijk na twee meldingen van babbeltrucs deze week.
- | overig | Gevonden voorwerp: zwarte rugzak met een bijbel, een portemonnee en een sjaal, afgegeven aan de balie door een buschauffeur. Eigenaar gebeld.
- | overig | Carbidschieten op oudejaarsdag aan de rand van het dorp; buurtbewoner meldde geluidsoverlast. Ter plaatse: vergunning aanwezig, afstand tot de huizen in orde.
- | overig | Overlast van jongeren bij de skatebaan, vuurwerk afgestoken en de prullenbak in brand gezet. Jongeren weggestuurd, brandje geblust.
- | overig | Melding over blauwalg en dode vissen in de vijver naast de moskee. Doorgezet naar het waterschap, bordjes geplaatst.
- | overig | Fraude met een Marktplaatsadvertentie voor een Perzisch tapijt; AG betaalde 450 euro en heeft niets ontvangen. Verkoper onbereikbaar.
- | overig | Op Chinees Nieuwjaar werd in de Zeedijk een grote vuurwerkbom op straat gevonden. EOD ingeschakeld; bleek een lege huls.
- | overig | Verkeersongeval op de rotonde bij het bruine café: scooterrijder gleed uit over olie. Lichte schaafwonden, gemeente gevraagd de weg schoon te maken.
- | overig | Mld. meldt dat haar buurman een grote witte vlag met een hert in de tuin heeft opgehangen die tegen haar raam klappert. Civiel probleem, advies gegeven.
- | overig | Inwoner meldt dat de lantaarnpaal voor zijn huis al een week uit is; het gaat om de paal naast de Gereformeerde kerk. Doorgezet naar de gemeente via de MOR-app.
- | overig | Groot wespennest in de dakgoot van de school; conciërge belde de politie. Doorverwezen naar de ongediertebestrijding.
'''


def parse(block, neutral):
    rows = []
    for n, line in enumerate(block.splitlines(), 1):
        if not line.strip():
            continue
        parts = line.split(" | ", 2)
        if len(parts) != 3:
            sys.exit("bad line %d in %s block" % (n, "neutral" if neutral else "discriminatory"))
        grounds, label, text = (p.strip() for p in parts)
        if neutral:
            if grounds != "-" or label not in NEUTRAL_KINDS:
                sys.exit("bad neutral row at line %d" % n)
            label = "neutraal-" + label
        else:
            gs = grounds.split(",")
            if not gs or any(g not in GROUNDS for g in gs) or len(set(gs)) != len(gs):
                sys.exit("bad grounds at line %d" % n)
            if label not in SETTINGS:
                sys.exit("bad label at line %d" % n)
        rows.append((grounds, text, label))
    return rows


def check(rows):
    seen = set()
    for grounds, text, label in rows:
        if "\t" in text or "\n" in text or "\r" in text:
            sys.exit("tab or newline in text")
        if text in seen:
            sys.exit("duplicate text")
        seen.add(text)
        if grounds == "-":
            if not label.startswith("neutraal-") or label[len("neutraal-"):] not in NEUTRAL_KINDS:
                sys.exit("invalid neutral label")
        else:
            if label not in SETTINGS or any(g not in GROUNDS for g in grounds.split(",")):
                sys.exit("invalid discriminatory row")
            if " " in grounds:
                sys.exit("space in grounds")


def heldout(text):
    return hashlib.sha256(("regs11:" + text).encode("utf-8")).digest()[0] % 10 < 3


def write(path, first_comment, rows):
    rows = sorted(rows, key=lambda r: hashlib.sha256(r[1].encode("utf-8")).hexdigest())
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(first_comment + "\n")
        f.write("# generated by gendev11.py (do not edit by hand); held out when "
                "sha256('regs11:'+text)[0] % 10 < 3; columns: grounds, text, label.\n")
        f.write("grounds\ttext\tlabel\n")
        for grounds, text, label in rows:
            f.write("%s\t%s\t%s\n" % (grounds, text, label))


def summary(name, rows):
    labels = Counter(r[2] for r in rows)
    grounds = Counter(g for r in rows if r[0] != "-" for g in r[0].split(","))
    disc = sum(1 for r in rows if r[0] != "-")
    print("%s: %d rows (%d discriminatory, %d neutral)" % (name, len(rows), disc, len(rows) - disc))
    print("  per ground: " + ", ".join("%s=%d" % (g, grounds[g]) for g in sorted(grounds)))
    print("  per label:  " + ", ".join("%s=%d" % (l, labels[l]) for l in sorted(labels)))


def main():
    rows = parse(DISCRIMINATORY, False) + parse(NEUTRAL, True)
    check(rows)
    here = os.path.dirname(os.path.abspath(__file__))
    dev = [r for r in rows if not heldout(r[1])]
    held = [r for r in rows if heldout(r[1])]
    write(os.path.join(here, "registrations-dev11.tsv"),
          "# Development part of the independent regs11 evaluation set: Dutch police "
          "registrations (BVH) for discrimination screening, hand-written without reading "
          "the engine.", dev)
    write(os.path.join(here, "registrations-heldout11.tsv"),
          "# Held-out part of the independent regs11 evaluation set: Dutch police "
          "registrations (BVH) for discrimination screening, hand-written without reading "
          "the engine.", held)
    summary("all", rows)
    summary("registrations-dev11.tsv", dev)
    summary("registrations-heldout11.tsv", held)


if __name__ == "__main__":
    main()
