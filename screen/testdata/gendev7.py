#!/usr/bin/env python3
"""Seventh set of realistic police registrations for the discrimination screen.

This script writes two files next to itself:

  registrations-dev7.tsv      development part
  registrations-heldout7.tsv  held-out part

Each row is ``grounds<TAB>text<TAB>label``. For a discriminatory registration
``grounds`` names one or more grounds (herkomst, godsdienst, antisemitisme,
seksuele_gerichtheid, genderidentiteit, geslacht, handicap, leeftijd, overig;
comma-separated) and ``label`` names the manifestation (toegang, woning, werk,
school, dienstverlening, belediging, bedreiging, geweld, graffiti, online,
buren, sport, vervoer, horeca). For a neutral registration ``grounds`` is empty
and ``label`` is ``neutraal-<kind>``, which says what kind of near miss it is
(afkomst, plek, handicap, geen-motief, homoniem, beleid, delict, online,
leeftijd, geslacht, identiteit, godsdienst, overig).

How the set was written
-----------------------
Every core text below was written by hand, in the style of a short Dutch police
registration (third person, past tense, direct speech in quotes), the way an
officer would type it and an anti-discrimination analyst would judge it. The
author did NOT read the engine's lexicon, its Go sources, its documentation or
any earlier test set while writing; the only thing taken from the repository
was the three-line file header. The cases mix clear cases (quoted slurs,
hostile statements about a group, threats, violence with a stated motive,
swastikas, refusals with a stated motive, online posts), subtle cases (a motive
without any slur, misspelled or obfuscated slurs, a melder who thinks the
incident was about his origin) and neutral near misses (origin as a
description, religious buildings or Pride as a location, quarrels without a
motive, refusals for another reason, policy texts, words that resemble slurs,
ordinary threats, neutral online posts).

The surface of each core text is varied deterministically with
``random.Random(7)``: an optional opening ("Mutatie:", "Melding via 112.",
"Melder kwam aan de balie."), officer shorthand for some texts (Melder -> Mld.,
verdachte -> vdt.), an optional closing ("Aangifte opgenomen.", "Melder
doorverwezen naar het ADV.", "Geen aangifte gewenst.") and, for about one text
in ten, a typo of two swapped adjacent letters in a long word. The same
variations are drawn for both classes, so they carry no information about the
label.

Held-out split
--------------
The split was fixed before anything was measured: a row goes to the held-out
file when the first byte of SHA-256("regs7:" + final text), modulo 10, is
below 3 (about 30 percent); otherwise it goes to the development file.
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
    "afkomst", "plek", "handicap", "geen-motief", "homoniem", "beleid",
    "delict", "online", "leeftijd", "geslacht", "identiteit", "godsdienst",
    "overig",
}

# (grounds, core text, label), in the order written.
CASES = []


def D(grounds, label, text):
    """A discriminatory registration: grounds comma-separated, manifestation label."""
    CASES.append((grounds, text, label))


def N(kind, text):
    """A neutral registration of the given near-miss kind."""
    CASES.append(("", text, "neutraal-" + kind))


OPENINGS = ["Mutatie: ", "Melding via 112. ", "Melder kwam aan de balie. ", "", ""]
CLOSINGS = [" Aangifte opgenomen.", " Melder doorverwezen naar het ADV.",
            " Geen aangifte gewenst.", "", ""]


def shorthand(text):
    text = re.sub(r"\bMelder\b", "Mld.", text)
    text = re.sub(r"\bmelder\b", "mld.", text)
    text = re.sub(r"\bVerdachte\b", "Vdt.", text)
    text = re.sub(r"\bverdachte\b", "vdt.", text)
    return text


def typo(text, rng):
    """Swap two adjacent letters inside one long word (not its first or last letter)."""
    words = [m for m in re.finditer(r"[A-Za-z]{9,}", text)]
    rng.shuffle(words)
    for m in words:
        w = m.group(0)
        spots = [i for i in range(1, len(w) - 2) if w[i] != w[i + 1]]
        if not spots:
            continue
        i = rng.choice(spots)
        w2 = w[:i] + w[i + 1] + w[i] + w[i + 2:]
        return text[:m.start()] + w2 + text[m.end():]
    return text


def vary(text, rng):
    opening = rng.choice(OPENINGS)
    short = rng.random() < 0.3
    closing = rng.choice(CLOSINGS)
    swap = rng.random() < 0.1
    if "angifte" in text or "ADV" in text:
        closing = ""
    out = opening + text + closing
    if short:
        out = shorthand(out)
    if swap:
        out = typo(out, rng)
    return out


# ---------------------------------------------------------------------------
# Cases. Each block below was written by hand.
# ---------------------------------------------------------------------------

# ---- herkomst (origin, skin colour, ethnicity; incl. Roma, refugees) ----
D("herkomst", "belediging", "Melder verklaarde dat hij bij de bushalte door een onbekende man werd uitgescholden voor 'kutmarokkaan'. De man liep daarna lachend weg richting het station.")
D("herkomst", "belediging", "Melder stond in de rij bij de supermarkt toen een vrouw achter haar zei: 'Ga terug naar je eigen land, vuile makak.' Andere klanten hebben het gehoord.")
D("herkomst", "geweld", "Melder werd op het Stationsplein door twee jongens geslagen. Voordat zij toesloegen riepen zij 'kankerneger, wat doe jij hier'. Melder had een bloedneus en een gezwollen oog.")
D("herkomst", "belediging", "Tijdens een ruzie over een parkeerplek noemde verdachte de melder een 'vieze bosneger' en maakte hij apengeluiden. De zoon van melder heeft het gefilmd.")
D("herkomst", "bedreiging", "Verdachte zei tegen melder: 'Jullie Turken moeten allemaal het land uit, en als jij hier morgen nog staat steek ik je neer.' Melder was zichtbaar geschrokken.")
D("herkomst", "toegang", "Melder en zijn twee vrienden werden bij de ingang van club De Kelder geweigerd. De portier zei letterlijk: 'Vanavond geen Marokkanen, dat is beleid van de eigenaar.' Hun Nederlandse vrienden mochten wel naar binnen.")
D("herkomst", "woning", "Melder reageerde op een huurwoning aan de Kerkstraat. Toen hij zijn naam noemde zei de verhuurder aan de telefoon dat hij 'liever geen buitenlanders' had. Een collega met een Nederlandse naam kreeg een uur later wel een bezichtiging.")
D("herkomst", "werk", "Melder verklaarde dat zij op een vacature bij een schoonmaakbedrijf had gereageerd. In de afwijzingsmail stond: 'Wij zoeken iemand die hier geboren is, onze klanten willen geen zwarte mensen over de vloer.'")
D("herkomst", "vervoer", "Melder wilde bij de taxistandplaats instappen. De chauffeur keek naar haar en zei: 'Ik neem geen zwarten mee, neem maar een andere.' Daarna reed hij weg met een witte klant.")
D("herkomst", "graffiti", "Op de gevel van het buurthuis aan de Molenweg was met zwarte verf gespoten: 'Buitenlanders rot op' en 'NL voor NL'. De beheerder heeft foto's gemaakt.")
D("herkomst", "online", "Melder liet een bericht zien uit een buurtgroep op Facebook. Daarin schreef een buurtbewoner over de nieuwe bewoners van nummer 12: 'Weer zo'n stel Antillianen, die lui moeten allemaal terug naar hun eiland.'")
D("herkomst", "buren", "Melder woont sinds twee jaar naast verdachte. Verdachte roept regelmatig over de schutting 'apen' en 'ga terug naar Afrika'. Vandaag gooide hij een bananenschil in de tuin van melder.")
D("herkomst", "sport", "Tijdens de jeugdwedstrijd op sportpark De Vliert riep een vader langs de lijn meerdere keren 'zwarte aap' naar een speler van de bezoekende club. De scheidsrechter heeft de wedstrijd stilgelegd.")
D("herkomst", "horeca", "Melder bestelde in café Het Hoekje een biertje. De barman zei: 'Voor jullie soort schenken wij niet, dit is een Hollandse kroeg.' Melder is daarna weggegaan.")
D("herkomst", "school", "Moeder van een leerling meldde dat haar zoon op school door klasgenoten al weken 'poepchinees' wordt genoemd. Gisteren werd zijn jas in de wc gegooid met de woorden 'terug naar China'.")
D("herkomst", "belediging", "Melder, van Chinese afkomst, werd in de tram nagesist met 'tjing tjang tjong' en 'corona'. Verdachte trok daarbij met zijn vingers zijn ogen scheef.")
D("herkomst", "bedreiging", "Op het terrein van het AZC vond de beveiliging een brief: 'Gelukszoekers, wij weten waar jullie slapen. Voor de zomer staat dit hok in brand.'")
D("herkomst", "geweld", "Een bewoner van het AZC werd op de fiets door drie mannen van zijn fiets getrokken en geschopt. Een van hen riep 'vuile asielzoeker, ga terug naar je woestijn'.")
D("herkomst", "belediging", "Melder is Pools en werkt in de kas. Een collega noemt hem dagelijks 'kutpool' en 'dief uit het Oostblok' en zegt dat Polen alleen komen om te stelen.")
D("herkomst", "dienstverlening", "Melder wilde bij het tankstation een pakje sigaretten kopen. De medewerker weigerde te helpen en zei: 'Ik help geen Polen, jullie betalen toch nooit.' Melder heeft wel gewoon betaald bij een andere kassa.")
D("herkomst", "toegang", "Een groep Roma-vrouwen werd de toegang tot de speeltuin van het recreatiepark ontzegd. De beheerder zei: 'Zigeuners komen er hier niet in, die jatten alles.'")
D("herkomst", "belediging", "Melder, Sinti, werd op de markt door een marktkoopman uitgemaakt voor 'vuile zigeuner' toen zij naar de prijs van de appels vroeg.")
D("herkomst", "online", "Op Instagram werd onder een foto van melder gereageerd met 'n1kker', 'terug naar de plantage' en drie apen-emoji's. Het account is anoniem.")
D("herkomst", "online", "Melder toonde een TikTok-video waarin een jongen uit de wijk zegt dat 'alle kk-marokanen' uit de buurt moeten worden 'opgeruimd'. De video is al duizenden keren bekeken.")
D("herkomst", "belediging", "Verdachte werd aangehouden wegens winkeldiefstal. In de auto zei hij tegen de agent, die een Surinaamse achtergrond heeft: 'Ik laat me niet door een roetmop vastpakken.'")
D("herkomst", "bedreiging", "In de brievenbus van melder lag een briefje met de tekst: 'Turken niet gewenst in deze straat. Vertrek voor 1 mei of we komen je halen.'")
D("herkomst", "woning", "Melder had al een huurcontract toegezegd gekregen. Toen de verhuurder bij de sleuteloverdracht zag dat melder een donkere huidskleur had, zei hij dat de woning 'helaas al aan iemand anders' was verhuurd. Dezelfde woning stond de volgende dag weer online.")
D("herkomst", "werk", "Melder verklaarde dat zijn leidinggevende in het magazijn tegen het hele team zei dat 'de buitenlanders' voortaan de zware nachtdiensten krijgen 'omdat die toch gewend zijn aan werken als beesten'.")
D("herkomst", "vervoer", "In de trein richting Zwolle weigerde een conducteur alleen melder en zijn vriend te laten doorlopen naar de eerste klas. Hij zei: 'Jullie Marokkanen hebben toch nooit een geldig kaartje.' Beiden hadden een geldig eersteklaskaartje.")
D("herkomst", "geweld", "Melder werd bij de snackbar met een fles op zijn hoofd geslagen. Getuigen hoorden verdachte vooraf roepen: 'Wat moet die kebabturk hier.' Melder is met een hoofdwond naar de SEH gebracht.")
D("herkomst", "graffiti", "Op de rolluiken van de Turkse bakker aan de Dorpsstraat was 's nachts 'Turken eruit' en een keltisch kruis gespoten.")
D("herkomst", "belediging", "Melder verklaarde dat zij in het park werd aangesproken door een oudere man die zei: 'Met zo'n bruine kop hoor je hier niet, jullie soort verpest dit land.'")
D("herkomst", "buren", "Melder verklaarde dat de bovenbuurman telkens als hij het trappenhuis passeert 'stinkende curryvreter' roept. Ook is de naam van melder op de brievenbus met stift doorgekrast.")
D("herkomst", "horeca", "Melder en zijn vrouw werden in het restaurant aan de boulevard niet geholpen, terwijl later binnengekomen gasten wel werden bediend. Toen melder erom vroeg zei de ober: 'We hebben liever geen Afrikanen aan tafel, dat schrikt de gasten af.'")
D("herkomst", "belediging", "Melder is Antilliaans. Een buschauffeur noemde hem bij het instappen een 'luie antiliaan' toen zijn pas niet werkte en zei dat hij 'terug moest zwemmen naar Curaçao'.")
D("herkomst", "dienstverlening", "Melder verklaarde dat een medewerker van de bank haar rekening niet wilde openen. Hij zei dat 'mensen uit Afrika' bij hen extra gecontroleerd worden 'omdat die toch allemaal fraude plegen'. Haar Nederlandse paspoort was volgens hem niet genoeg.")
D("herkomst", "sport", "Na afloop van de zaalvoetbalwedstrijd werd de keeper van de tegenpartij in de kleedkamer uitgescholden voor 'vuile Marokkaan' door een speler van de thuisclub. Het bestuur van de club is ingelicht.")
D("herkomst,godsdienst", "belediging", "Melder verklaarde dat een man in de wachtkamer van de huisarts hardop zei dat 'die hoofddoekjes en die negers' de zorg leegvreten. Hij keek daarbij nadrukkelijk naar melder.")
D("herkomst", "online", "In een WhatsApp-groep van het voetbalteam werd een foto van de nieuwe trainer gedeeld met de tekst 'onze nieuwe slavendrijver, haha, welkom in de bananenrepubliek'. De trainer is van Ghanese afkomst.")
D("herkomst", "bedreiging", "Melder werd door een automobilist gesneden. Toen melder claxonneerde stopte de man, stapte uit en riep: 'Ik rij jou en al die bruine ratten van de weg, jullie horen hier niet.'")
D("herkomst", "geweld", "Verdachte trok de melder aan haar vlechten van haar fiets en riep 'negerin, terug naar de jungle'. Melder heeft schaafwonden aan haar handen.")
D("herkomst", "toegang", "Melder wilde met een vriend de sportschool in. De medewerker zei dat er 'vandaag geen plek was voor nieuwe leden van buiten Europa'. Een Nederlandse bezoeker kon direct lid worden.")
D("herkomst", "werk", "Melder verklaarde dat hij tijdens zijn sollicitatiegesprek de vraag kreeg of hij 'wel echt Nederlands' was. Na het antwoord dat zijn ouders uit Marokko komen werd het gesprek beëindigd met de mededeling dat 'hun klanten daar niet op zitten te wachten'.")
D("herkomst", "belediging", "Melder verklaarde dat haar nieuwe collega op kantoor haar steeds 'onze Oost-Europese poetsvrouw' noemt, hoewel zij accountant is. Volgens haar gebeurt dat alleen omdat zij uit Roemenië komt.")
D("herkomst", "belediging", "Melder stond met zijn dochter bij de kassa van de bouwmarkt. Verdachte riep 'niet voordringen, nikker' en duwde hem weg. Er was geen sprake van voordringen.")
D("herkomst", "school", "Een docent van het Montessori College meldde dat een leerling een klasgenote met een Surinaamse vader tijdens de pauze 'slavenkind' noemde en haar een touw om de nek probeerde te doen.")
D("herkomst", "dienstverlening", "Melder verklaarde dat hij bij de apotheek als enige moest wachten tot alle andere klanten waren geholpen. Hij denkt dat dit komt omdat hij een donkere huidskleur heeft; de medewerker zei dat hij 'eerst maar eens Nederlands moest leren'.")
D("herkomst", "geweld", "Melder is van Syrische afkomst. Hij werd bij de bushalte door verdachte in zijn gezicht gespuugd en daarna tegen de grond geduwd. Verdachte zei: 'Dit is voor al die vluchtelingen die ons geld opeten.'")
D("herkomst", "buren", "Melder verklaarde dat zijn Poolse gezin sinds de verhuizing door de buren wordt gepest. Op de auto werd 'Polen oprotten' gekrast en de kinderen worden nageroepen met 'Poolse tokkies'.")
D("herkomst,geslacht", "belediging", "Bij een verkeerscontrole zei de bestuurder tegen de verbalisant met een hoofddoek: 'Ik laat me niet bekeuren door een Marokkaanse kutwijf.'")
D("herkomst", "online", "Melder liet een reactie zien op de Facebookpagina van de gemeente over het nieuwe AZC: 'Gooi die kakkerlakken terug in de zee, dan zijn we er in één keer vanaf.'")
D("herkomst", "bedreiging", "Melder werd in de lift van de flat door de buurman tegen de wand gedrukt. Hij zei: 'Als jij met je zwarte kinderen niet binnen een maand vertrokken bent, gebeuren er ongelukken.'")
D("herkomst", "dienstverlening", "Melder verklaarde dat de garagehouder weigerde haar auto te repareren. Toen zij vroeg waarom zei hij: 'Ik werk niet voor Turken, die willen altijd afdingen.'")
D("herkomst", "vervoer", "Melder verklaarde dat de Uber-chauffeur bij het ophalen vroeg waar zij vandaan kwam. Toen zij Eritrea zei, annuleerde hij de rit en zei: 'Vluchtelingen rijden niet in mijn auto.'")
D("herkomst", "belediging", "Melder, donker van huidskleur, werd in het winkelcentrum door een jongen 'zwarte piet' genoemd en gevraagd waar zijn 'pepernoten' waren. Zijn vrienden maakten apengeluiden.")
D("herkomst", "werk", "Melder verklaarde dat hij als enige van zijn ploeg geen vast contract kreeg. De teamleider zei in de kantine: 'Zolang ik hier wat te zeggen heb komt er geen Antilliaan in vaste dienst.'")
D("herkomst", "belediging", "Melder verklaarde dat hij in de sportkantine hoorde dat een bestuurslid tegen een ander zei dat 'die Somaliërs' niet welkom zijn bij de jeugd 'omdat die allemaal stinken'. Zijn zoon speelt in de O13.")

# ---- godsdienst (mostly Muslims; also Christians, Hindus, Sikhs, belief) ----
D("godsdienst", "belediging", "Melder droeg een hoofddoek en liep met haar kinderwagen door de Hoofdstraat. Een man fietste langs en riep: 'Doe dat vod van je kop, terroristenhoer.'")
D("godsdienst", "geweld", "Melder verklaarde dat een onbekende vrouw in de tram aan haar hoofddoek trok tot die afviel. De vrouw zei: 'Hier in Nederland laten we ons haar gewoon zien, moslim.' Melder heeft een schram in haar nek.")
D("godsdienst", "graffiti", "Op de muur van de moskee aan de Oosterweg was in rode verf 'Islam = kanker' en 'Moslims eruit' gespoten. Het bestuur van de moskee deed melding.")
D("godsdienst", "bedreiging", "Bij de moskee werd een doos bezorgd met een varkenskop erin en een briefje: 'Volgende keer is het jullie imam.'")
D("godsdienst", "online", "Melder toonde een bericht op X waarin werd geschreven: 'Alle moslims zijn geitenneukers en moeten deze kant van Europa uit. Sluit elke moskee.' Het bericht had honderden likes.")
D("godsdienst", "werk", "Melder verklaarde dat zij bij haar sollicitatie bij een kledingwinkel te horen kreeg dat zij kon beginnen 'als die hoofddoek af gaat, want moslima's passen niet bij onze uitstraling'.")
D("godsdienst", "werk", "Melder werd na de proeftijd niet aangenomen. Volgens haar leidinggevende lag dat aan 'het teamgevoel', maar een collega vertelde haar dat de manager had gezegd 'geen gebedsmatjes op de werkvloer'. Melder bidt in haar pauze.")
D("godsdienst", "school", "Een moeder meldde dat haar dochter van twaalf door de gymdocent voor de klas werd uitgelachen vanwege haar hoofddoek. Hij noemde haar 'ons kleine Talibanmeisje'.")
D("godsdienst", "toegang", "Melder werd bij de ingang van het zwembad tegengehouden vanwege haar boerkini. De medewerker zei dat 'dat islamgedoe' daar niet thuishoort, terwijl een boerkini volgens het reglement wel is toegestaan.")
D("godsdienst", "belediging", "Melder verklaarde dat hij na het vrijdaggebed bij het verlaten van de moskee door een groep jongeren werd nageroepen met 'Allahu akbar, boem' en 'bommenlegger'.")
D("godsdienst", "buren", "Melder verklaarde dat de buurman tijdens de ramadan elke avond om het moment van iftar keihard muziek aanzet en door de brievenbus roept: 'Lekker eten, moslimpjes? Hier eten we varken.'")
D("godsdienst", "geweld", "Melder, een man met een lange baard en djellaba, werd bij het winkelcentrum zonder aanleiding in zijn rug geschopt. Verdachte zei tegen getuigen: 'Die moskeeganger had het verdiend.'")
D("godsdienst", "horeca", "Melder en twee vriendinnen met hoofddoek werden in een lunchroom naar een tafeltje achterin gestuurd. De eigenaar zei: 'Dat ziet er voor de andere gasten zo islamitisch uit.'")
D("godsdienst", "dienstverlening", "Melder verklaarde dat de rijschoolhouder weigerde haar les te geven. Hij zei door de telefoon dat hij 'geen vrouwen met een hoofddoek in de auto' wil, omdat 'die toch nooit zelf mogen rijden van hun geloof'.")
D("godsdienst", "online", "In een reactie onder een nieuwsbericht over de nieuwe moskee schreef een gebruiker: 'M0sl1ms zijn ratten, steek die tent maar in de fik voordat ze open gaan.'")
D("godsdienst", "bedreiging", "Bij het islamitisch centrum kwam een anonieme voicemail binnen: 'Wij gaan jullie halal-slachten, vieze mossels.' Het bestuur heeft de opname veiliggesteld.")
D("godsdienst", "belediging", "Melder is Sikh en draagt een tulband. Een klant in de supermarkt noemde hem 'Bin Laden' en vroeg hardop of hij 'een bom onder zijn handdoek' had.")
D("godsdienst", "graffiti", "Op de deur van de protestantse kerk in het dorp werd een omgekeerd kruis gekrast met de tekst 'Christenhonden'. De koster deed melding.")
D("godsdienst", "bedreiging", "Melder is voorganger van een evangelische gemeente. Hij kreeg een e-mail met de tekst: 'Vuile christenen, jullie kerk gaat branden, net als jullie.'")
D("godsdienst", "belediging", "Melder verklaarde dat hij als enige christen in zijn klas op het ROC steeds 'kruisjesvreter' en 'ongelovige hond' wordt genoemd door een groepje klasgenoten.")
D("godsdienst", "geweld", "Bij de hindoetempel werd een bezoekster die een sari droeg door een man geduwd en in haar gezicht geslagen. Hij riep: 'Ga je koeien maar aanbidden in India.'")
D("godsdienst", "woning", "Melder verklaarde dat de makelaar bij de bezichtiging vroeg of zij moslim was. Na haar bevestiging kreeg zij te horen dat de eigenaar 'geen moslims wil, vanwege de geur van het eten en dat gebid'.")
D("godsdienst", "vervoer", "Melder verklaarde dat de buschauffeur haar niet liet instappen vanwege haar nikab. Hij zei: 'Met dat zwarte spook kom je mijn bus niet in.' Andere passagiers met een sjaal voor hun gezicht mochten wel mee.")
D("godsdienst", "online", "Melder toonde een reeks Telegram-berichten in een lokale groep waarin de moslims in de wijk 'islamietjes' en 'baardapen' worden genoemd en waarin wordt opgeroepen 'ze het leven zuur te maken'.")
D("godsdienst", "belediging", "Melder verklaarde dat een collega in de kantine telkens als zij haar lunch pakt vraagt of zij 'vandaag weer zo'n onderdrukte moslimvrouw' speelt. Hij doet dat alleen bij haar, zij draagt als enige een hoofddoek.")
D("godsdienst", "dienstverlening", "Melder wilde bij de fotograaf pasfoto's laten maken. De fotograaf weigerde en zei dat hij 'geen foto's maakt van die vermomde moslims', terwijl melder haar hoofddoek volgens de regels netjes had omgeslagen.")
D("godsdienst", "sport", "Tijdens een vrouwenvoetbalwedstrijd riep de coach van de tegenpartij tegen de scheidsrechter dat 'die met haar hoofddoek' eruit moest omdat 'dat islamgebroed hier niet hoort'. De speelster speelde met een goedgekeurde sporthoofddoek.")
D("godsdienst", "bedreiging", "Melder verklaarde dat hij na een ruzie over een parkeerplek bij de moskee door verdachte werd bedreigd met de woorden: 'Jullie moslims moeten allemaal dood, ik kom terug met een mes.'")
D("godsdienst", "belediging", "Melder verklaarde dat zij in het ziekenhuis door een andere patiënt 'hoofddoekhoer' werd genoemd toen zij naast hem in de wachtruimte ging zitten.")
D("godsdienst", "buren", "Melder verklaarde dat de bovenburen een grote vlag met een doorgestreepte moskee voor het raam boven haar voordeur hebben gehangen, sinds bekend werd dat zij naar de moskee gaat. De buren lachen haar uit als zij naar buiten komt.")
D("godsdienst", "toegang", "Melder verklaarde dat hij bij de ingang van de discotheek werd geweigerd. De portier wees naar zijn baard en zei: 'Geen moslimbaarden binnen, dan krijgen we gedoe.'")

# ---- antisemitisme ----
D("antisemitisme", "graffiti", "Op de zijmuur van de basisschool aan de Lindelaan werd een hakenkruis van ongeveer een meter hoog gespoten. De conciërge ontdekte het bij het openen van de school.")
D("antisemitisme", "graffiti", "Op meerdere lantaarnpalen in de wijk werden stickers aangetroffen met de tekst 'Joden zijn ons ongeluk' en een davidster in een prullenbak.")
D("antisemitisme", "graffiti", "Op de glasbak bij het winkelcentrum was met stift een swastika getekend met daaronder 'Sieg Heil 88'.")
D("antisemitisme", "graffiti", "Bij de synagoge werd op het hek de tekst 'Hamas Hamas, joden aan het gas' aangebracht met witte verf. De beveiliging van de synagoge heeft camerabeelden.")
D("antisemitisme", "belediging", "Melder droeg een keppeltje en liep over het Waterlooplein. Een groep jongens riep hem na met 'kankerjood' en 'Hitler had gelijk'.")
D("antisemitisme", "geweld", "Melder werd op weg naar huis van de sjoel van achteren geduwd en geslagen. Hij droeg een keppel. Verdachte riep 'vuile jood' en rende weg. Melder heeft een gebroken pols.")
D("antisemitisme", "geweld", "Melder verklaarde dat hij zonder enige aanleiding in de trein een kopstoot kreeg van een man die eerst naar zijn davidsterketting had gewezen.")
D("antisemitisme", "bedreiging", "In de brievenbus van melder, die een mezoeza aan de deurpost heeft, lag een briefje: 'Wij weten dat hier joden wonen. Jullie zijn de volgende.'")
D("antisemitisme", "online", "Melder toonde een bericht in een Discord-server waar haar zoon lid van is. Daarin schreef een gebruiker: 'j00den moeten opnieuw de oven in, 6 miljoen was niet genoeg.'")
D("antisemitisme", "online", "Onder een Instagram-post van een joodse bakkerij werd gereageerd met 'k@nkerjoden', een foto van een gaskamer en de tekst 'binnenkort weer open'.")
D("antisemitisme", "belediging", "Tijdens een demonstratie op het plein riep een man door een megafoon dat 'de joden alle banken en media in handen hebben' en dat 'het tijd wordt dat het volk ze eruit gooit'. Het werd gefilmd.")
D("antisemitisme", "sport", "In het uitvak werd tijdens de wedstrijd tegen Ajax massaal gezongen: 'Wie niet springt die is een jood' en 'Joden lopen altijd weg'. Ook werd gesist om gas na te doen.")
D("antisemitisme", "school", "Een docente meldde dat een leerling van 3 havo tegen een joodse klasgenoot zei dat 'zijn opa vergeten is te vergassen'. Het meisje heeft de school in tranen verlaten.")
D("antisemitisme", "werk", "Melder verklaarde dat hij na het noemen van zijn joodse achtergrond in een sollicitatiegesprek de vraag kreeg of hij 'op sabbat dan ook niet wil werken, zoals al die joden die alleen aan geld denken'. Hij werd afgewezen.")
D("antisemitisme", "woning", "Melder verklaarde dat zijn huurbaas hem na een gesprek over de mezoeza aan de voordeur te kennen gaf dat 'joden hier niet langer welkom zijn' en het huurcontract niet wordt verlengd.")
D("antisemitisme", "dienstverlening", "Melder verklaarde dat de eigenaar van een kapsalon weigerde haar zoon te knippen toen die een keppeltje op had. Hij zei: 'Voor Israëlieten en joden knip ik niet, ga maar naar je eigen soort.'")
D("antisemitisme", "horeca", "Melder verklaarde dat hij met zijn gezin een restaurant binnenkwam terwijl zijn zoons keppels droegen. De eigenaar zei: 'Zionisten en joden worden hier niet bediend' en hield de deur open.")
D("antisemitisme", "buren", "Melder verklaarde dat de buurman sinds maanden 'jodenzwijn' roept als zij de vuilnis buiten zet en dat hij een nazivlag in zijn achtertuin heeft opgehangen, gericht op haar huis.")
D("antisemitisme", "bedreiging", "Bij de joodse school kwam een e-mail binnen: 'Jullie kinderen zijn niet veilig. Eén bom en het jodenprobleem is opgelost.'")
D("antisemitisme", "belediging", "Melder hoorde een taxichauffeur aan de telefoon zeggen dat 'die rijke joden van Buitenveldert' zijn 'schuld' zijn. Toen melder zei dat hij zelf joods is, zei de chauffeur: 'Dan heb je pech, stap maar uit, jood.'")
D("antisemitisme", "graffiti", "Op het Stolperstein-monumentje voor de voormalige joodse bewoners van Kerkstraat 14 werd zwarte teer gesmeerd en werd 'leugen' op de stoep gekrijt.")
D("antisemitisme", "online", "Melder toonde een anoniem Facebook-account dat foto's van haar winkel met een Israëlische vlag plaatste met de tekst: 'Hier zit een joodse rat, je weet wat je moet doen.'")
D("antisemitisme", "vervoer", "In de bus werd een man met een keppel door een medepassagier geduwd en uitgescholden voor 'vieze joodse kindermoordenaar'. De chauffeur heeft verdachte uit de bus gezet.")
D("antisemitisme", "belediging", "Melder verklaarde dat hij in de sportschool een gesprek had over zijn bar mitswa. Een andere bezoeker mompelde daarna steeds 'Jood-jood-jood' en bracht de Hitlergroet toen melder langsliep.")
D("antisemitisme", "geweld", "Melder, herkenbaar als orthodox joods aan zijn kleding en pijpenkrullen, werd op de markt met een ei bekogeld en in zijn gezicht geslagen. De dader riep daarbij 'Free Palestine, dood aan de joden'.")
D("antisemitisme", "graffiti", "Op de auto van melder werd met een sleutel een davidster en het woord 'JODENHOER' in de lak gekrast. Melder is joods en staat als zodanig bekend in de buurt.")
D("antisemitisme", "online", "In een openbare Telegram-groep werd een lijst gedeeld van 'joodse bedrijven in de regio' met de oproep 'boycotten en bezoeken, jullie weten wat dat betekent'.")
D("antisemitisme", "belediging", "Melder verklaarde dat haar nieuwe buurvrouw bij een kennismaking vroeg of ze joods was, en toen zij ja zei antwoordde: 'Dat verklaart die grote neus, jullie soort herken je overal.'")

# ---- seksuele gerichtheid (gay men, lesbians, bisexuals) ----
D("seksuele_gerichtheid", "geweld", "Melder liep hand in hand met zijn vriend over de Nieuwe Markt toen een groep van vier jongens hen omsingelde. Zij riepen 'vieze flikkers' en sloegen melder tegen de grond. De vriend werd tegen het hoofd geschopt.")
D("seksuele_gerichtheid", "belediging", "Melder verklaarde dat hij in de supermarkt door een medewerker 'kankerhomo' werd genoemd nadat hij zijn vriend een kus had gegeven bij de kassa.")
D("seksuele_gerichtheid", "bedreiging", "Melder en haar vrouw vonden een briefje onder de ruitenwisser: 'Lesbische potten horen hier niet. Verhuis of je auto gaat in de fik.'")
D("seksuele_gerichtheid", "buren", "Melder verklaarde dat de benedenbuurman sinds hij weet dat melder met een man samenwoont elke ochtend 'homo's zijn ziek' door het trappenhuis roept en hondenpoep op de deurmat legt.")
D("seksuele_gerichtheid", "online", "Melder toonde een reactie onder zijn TikTok-video met zijn man: 'Fl1kk3rs als jullie moeten aan de hoogste boom, zoals in het Midden-Oosten.' De afzender gebruikt een nepprofiel.")
D("seksuele_gerichtheid", "graffiti", "Op de voordeur van het woonhuis van twee mannen aan de Beukenlaan werd 's nachts 'HOMO'S DOOD' gespoten, met daaronder een doorgestreepte regenboog.")
D("seksuele_gerichtheid", "graffiti", "De regenboogbank bij het gemeentehuis werd beklad met de tekst 'Geen homopropaganda' en 'Ziek'. Het is de derde keer dit jaar.")
D("seksuele_gerichtheid", "geweld", "Melder werd na het verlaten van een homobar in de Reguliersdwarsstraat gevolgd door twee mannen. Zij vroegen of hij 'ook zo'n nicht' was en sloegen hem daarna met een fietsslot in zijn gezicht.")
D("seksuele_gerichtheid", "horeca", "Melder en haar vriendin werden uit het café gezet nadat zij elkaar een kus gaven. De eigenaar zei: 'Dat lesbische gedoe doe je maar thuis, hier niet.' Andere stelletjes zaten er ook te zoenen.")
D("seksuele_gerichtheid", "sport", "Tijdens de training werd een speler van het tweede elftal door teamgenoten in de kleedkamer 'mietje' en 'homo' genoemd nadat bekend werd dat hij een vriend heeft. Zijn kleding werd onder de douche gegooid.")
D("seksuele_gerichtheid", "school", "Een leerling van 14 meldde samen met zijn moeder dat klasgenoten hem al maanden 'gaylord' en 'vieze homo' noemen sinds hij uit de kast kwam. Er wordt gedreigd hem 'na school in elkaar te slaan'.")
D("seksuele_gerichtheid", "werk", "Melder verklaarde dat zijn leidinggevende hem na het noemen van zijn vriend zei dat hij 'niet meer op de klantenbalie' hoeft te staan, omdat 'klanten geen homo achter de balie willen'.")
D("seksuele_gerichtheid", "woning", "Melder verklaarde dat hij met zijn partner een appartement zou huren. Toen de verhuurder bij de bezichtiging begreep dat zij een stel waren, zei hij dat hij 'zulke relaties' niet in zijn pand wil.")
D("seksuele_gerichtheid", "bedreiging", "Melder kreeg via Grindr een afspraak met een onbekende. Bij aankomst werd hij opgewacht door drie jongens die hem een mes toonden en zeiden: 'Wij gaan alle homo's uit deze stad opruimen.' Melder kon wegrennen.")
D("seksuele_gerichtheid", "geweld", "Melder werd via een datingapp naar een parkeerplaats gelokt. Daar werd hij beroofd van zijn telefoon en geschopt terwijl de daders riepen 'vuile homo, dit verdien je'. De daders filmden het.")
D("seksuele_gerichtheid", "belediging", "Melder verklaarde dat een man in de bus hem steeds aanstaarde en toen zei: 'Met die roze schoenen ben jij zeker ook een van die flikkers. Die zou je moeten vergassen.'")
D("seksuele_gerichtheid", "online", "In een groepsapp van de straat werd een foto van melder en zijn man gedeeld met de tekst 'onze nieuwe kontneukers, pas op met bukken'. Melder werd daarna uit de groep verwijderd.")
D("seksuele_gerichtheid", "vervoer", "Melder verklaarde dat de taxichauffeur de rit stopte toen melder zijn vriend een hand gaf op de achterbank. De chauffeur zei: 'Eruit, ik rij geen homo's, dat is vies.'")
D("seksuele_gerichtheid", "toegang", "Melder en zijn vriend werden bij de ingang van een feest in de sporthal tegengehouden. De organisator zei: 'Dit is een normaal feest, geen homofeest, jullie moeten gaan.'")
D("seksuele_gerichtheid", "belediging", "Melder, een lesbische vrouw met kort haar, werd bij de bakker door een klant uitgemaakt voor 'manwijf' en 'vieze pot'. De klant zei dat ze 'alleen maar een goede vent' nodig had.")
D("seksuele_gerichtheid", "dienstverlening", "Melder verklaarde dat de bloemist weigerde een bruidsboeket voor haar trouwerij met haar vriendin te maken. De bloemist schreef: 'Voor een huwelijk tussen twee vrouwen leveren wij niet, dat is tegen de natuur.'")
D("seksuele_gerichtheid", "bedreiging", "Tijdens de Pride-week werd melder, die een regenboogvlag om had, door een man aangesproken: 'Jullie homo's moeten opletten, over een week is de politie weg en dan pakken we jullie.'")
D("seksuele_gerichtheid", "belediging", "Melder verklaarde dat een buurjongen elke keer als melder langskomt een zwaaiende handbeweging maakt en met een hoog stemmetje 'hallo homootje' roept, en dat zijn vrienden dan lachen.")
D("seksuele_gerichtheid", "online", "Melder toonde een Snapchat-bericht van een onbekende: 'k*nkerhomo, ik weet waar je woont, ik kom je opzoeken.' Het account werd daarna verwijderd.")
D("seksuele_gerichtheid", "geweld", "Melder verklaarde dat zij na het uitgaan met haar vriendin werd bespuugd en tegen een muur geduwd door een man die zei 'lesbo's hebben gewoon een pik nodig'.")
D("seksuele_gerichtheid", "buren", "Melder verklaarde dat de buren in het flatgebouw een regenboogvlag van zijn balkon hebben getrokken en in de brievenbus hebben gestopt met een briefje: 'Hier wonen gezinnen, geen mietjes.'")
D("seksuele_gerichtheid", "graffiti", "Op de bushalte voor het COC-gebouw was 'Flikkers wegwezen' gekrast, en op de ruit een poppetje aan een galg getekend.")
D("seksuele_gerichtheid", "belediging", "Melder verklaarde dat een klant in de bouwmarkt, nadat melder over zijn man had verteld, tegen een collega zei: 'Een homo die verstand heeft van gereedschap, dat ik dat mag meemaken, die zijn toch allemaal ziek.'")
D("seksuele_gerichtheid", "werk", "Melder verklaarde dat zijn collega's in de bouwkeet een pornoplaatje met zijn naam erop hebben opgehangen met de tekst 'onze eigen kontenbonker'. De uitvoerder deed er niets mee.")
D("seksuele_gerichtheid", "online", "In een reactie op het nieuws over de regenboogzebrapaden schreef een inwoner op Facebook: 'Nog even en die homoz krijgen hun eigen stadsdeel, zet er maar een hek omheen en gas erbij.'")
D("seksuele_gerichtheid", "sport", "Melder, scheidsrechter bij het amateurvoetbal, werd tijdens de wedstrijd door spelers en publiek 'homoscheids' en 'flikker' genoemd nadat bekend was geworden dat hij met een man getrouwd is.")
D("seksuele_gerichtheid", "belediging", "Melder verklaarde dat haar schoonvader bij de verjaardag voor alle gasten zei dat 'een biseksuele vrouw gewoon een slet is die niet kan kiezen' en dat zij niet meer welkom is.")

# ---- genderidentiteit (trans and non-binary persons) ----
D("genderidentiteit", "belediging", "Melder is een transvrouw. Zij werd in de trein door een man aangesproken met 'hé meneer' en daarna uitgescholden voor 'travo' en 'vent in een jurk'. Hij bleef haar tot het volgende station volgen.")
D("genderidentiteit", "geweld", "Melder, een transvrouw, werd bij de uitgang van het station door twee mannen tegen de grond gewerkt. Een van hen trok aan haar pruik en riep: 'Laten we eens kijken wat je echt bent.' Melder heeft kneuzingen.")
D("genderidentiteit", "bedreiging", "Melder verklaarde dat zij sinds haar transitie anonieme brieven ontvangt met teksten als 'Een man blijft een man, wij maken het karwei af' en een tekening van een mes.")
D("genderidentiteit", "werk", "Melder verklaarde dat zijn werkgever na zijn coming-out als transman weigerde zijn nieuwe naam in het systeem te zetten. De manager zei: 'Zolang je dat gedoe doorzet hoef je niet meer bij klanten te komen.' Kort daarna werd zijn contract niet verlengd.")
D("genderidentiteit", "toegang", "Melder werd bij de ingang van de vrouwenkleedkamer van het zwembad tegengehouden door een medewerker die zei: 'Jij bent geen vrouw, jij hoort hier niet, je bent een he-she.'")
D("genderidentiteit", "online", "Onder een foto van melder op Instagram verschenen reacties als 'dat ding moet dood', 'tr@nny' en 'ga jezelf ophangen, mutant'. Melder is non-binair.")
D("genderidentiteit", "school", "Een moeder meldde dat haar transgender dochter van vijftien op school door een groep leerlingen in de toiletten werd opgesloten met de woorden 'hier mag alleen een echte meid in, geen jongen in een rokje'.")
D("genderidentiteit", "buren", "Melder verklaarde dat haar buurman haar consequent met haar oude mannennaam aanspreekt, 'meneer' naar haar roept en op haar deur 'HIER WOONT EEN KEREL' heeft gekalkt. Melder is trans.")
D("genderidentiteit", "dienstverlening", "Melder verklaarde dat de medewerker van het gemeenteloket weigerde haar te helpen bij het ophalen van haar nieuwe paspoort. Hij zei hardop in de hal: 'Dat is toch geen vrouw, daar teken ik niet voor.'")
D("genderidentiteit", "belediging", "Melder verklaarde dat een bezorger die een pakket bracht, toen melder opendeed, lachend zei: 'Wat ben jij nou voor iets, een vent of een wijf? Echt ziek, mensen zoals jij.' Melder is transgender.")
D("genderidentiteit", "geweld", "Melder, een non-binair persoon met geverfde nagels en een baard, werd in het uitgaansgebied met een bierglas bekogeld. De dader riep 'kies eens wat je bent, freak'. Melder heeft een snijwond aan de wang.")
D("genderidentiteit", "horeca", "Melder verklaarde dat zij in een restaurant niet naar het damestoilet mocht. De gerant zei: 'Voor mensen zoals jij hebben wij geen wc, je maakt de gasten bang.' Melder is een transvrouw.")
D("genderidentiteit", "woning", "Melder verklaarde dat de verhuurder, toen hij bij de ondertekening zag dat de naam op haar ID-kaart nog niet veranderd was, zei dat hij 'geen transgenders in zijn huis' wil en het contract verscheurde.")
D("genderidentiteit", "online", "Melder toonde een filmpje op TikTok waarin een bekende uit de wijk haar in het geheim had gefilmd met de tekst 'kijk deze transjes, tijd voor een jachtseizoen'.")
D("genderidentiteit", "sport", "Melder, een transvrouw die speelt in een vrouwenteam, werd tijdens de wedstrijd door ouders langs de lijn uitgescholden voor 'kerel' en 'vent met tieten'. Een ouder gooide een flesje naar haar.")
D("genderidentiteit", "vervoer", "Melder verklaarde dat een buschauffeur haar ov-kaart met vrouwelijke naam niet geloofde en haar uit de bus zette met de woorden: 'Doe eerst maar normaal, jij bent gewoon een verklede man.'")
D("genderidentiteit", "bedreiging", "Melder verklaarde dat een medebewoner van de studentenflat in de gemeenschappelijke keuken een mes pakte en zei: 'Als ik jou nog één keer in een jurk zie, snij ik het eraf.' Melder is een transvrouw.")
D("genderidentiteit", "belediging", "Melder verklaarde dat haar huisgenoten haar na het uitkomen als transvrouw consequent 'het' noemen in plaats van 'zij', en dat zij op haar kamerdeur een briefje hingen: 'Hier woont het transmonster.'")
D("genderidentiteit", "graffiti", "Op de muur van het transgendercentrum werd met spuitbus 'Er zijn maar twee geslachten' en 'Trans = ziek' aangebracht, met een afbeelding van een strop.")
D("genderidentiteit", "belediging", "Melder verklaarde dat een man bij de kassa van de drogist haar oude naam riep, die hij kennelijk kende, en tegen omstanders zei dat zij 'een gestoorde transseksueel' is die 'eigenlijk in een inrichting hoort'.")
D("genderidentiteit", "online", "In een Facebookgroep over de wijk werd een foto van de voordeur van melder geplaatst met de tekst 'hier woont die trannie, gooi maar eens een steen door de ruit'.")
D("genderidentiteit", "werk", "Melder verklaarde dat collega's in het distributiecentrum haar na haar transitie 'Henk met tieten' noemen en dat de ploegleider zei dat ze 'eerst maar weer een normale man' moest worden voordat zij een vast contract kon krijgen.")

# ---- geslacht (sex: mostly women; pregnancy) ----
D("geslacht", "belediging", "Melder fietste langs een terras waar een groep mannen zat. Een van hen riep: 'Hé hoer, kom eens hier, wijven horen achter het aanrecht en niet op de fiets.' De anderen floten en lachten.")
D("geslacht", "werk", "Melder verklaarde dat haar contract niet werd verlengd nadat zij vertelde dat zij zwanger was. Haar leidinggevende zei letterlijk: 'Zwangere vrouwen zijn een kostenpost, daar hebben we niks aan.'")
D("geslacht", "werk", "Melder verklaarde dat zij bij de sollicitatie voor monteur te horen kreeg dat 'dit geen werk voor een meisje is' en dat zij beter 'bij de receptie' kon solliciteren. Een man met minder ervaring werd aangenomen.")
D("geslacht", "online", "Melder, gemeenteraadslid, ontving na een debat tientallen berichten op X zoals 'dom wijf, jij moet verkracht worden om te leren zwijgen' en 'vrouwen horen niet in de politiek'.")
D("geslacht", "bedreiging", "Melder verklaarde dat haar ex-collega haar opwachtte bij de parkeergarage en zei: 'Vrouwen zoals jij die mannen hun baan afpakken moeten een lesje leren.' Hij had een honkbalknuppel bij zich.")
D("geslacht", "geweld", "Melder werd in het uitgaansgebied in haar gezicht geslagen nadat zij een man afwees. Hij riep: 'Kutwijven moeten leren luisteren naar een man.' Portiers hebben de man vastgehouden tot de politie er was.")
D("geslacht", "belediging", "Melder, buschauffeur, verklaarde dat een passagier weigerde bij haar in te stappen en riep: 'Ik ga niet met een wijf aan het stuur, jullie kunnen niet rijden, trut.'")
D("geslacht", "sport", "Melder is scheidsrechter bij het amateurvoetbal. Een speler zei tegen haar: 'Ga lekker terug naar de keuken, een vrouw snapt geen buitenspel', en spuugde voor haar voeten.")
D("geslacht", "toegang", "Melder verklaarde dat zij en haar vriendinnen werden geweigerd bij de biljartvereniging. De voorzitter zei: 'Hier komen geen vrouwen, dat is altijd al zo geweest, jullie leiden alleen maar af.'")
D("geslacht", "online", "Melder toonde een Telegram-groep waarin foto's van vrouwelijke studenten van haar opleiding gedeeld worden met teksten als 'slet van de week' en 'deze sletjes verdienen het'.")
D("geslacht", "belediging", "Melder, vrouwelijke agent, werd tijdens een aanhouding door verdachte uitgescholden voor 'vuile slet' en 'hoer in uniform'. Verdachte zei dat hij 'zich niet laat commanderen door een vrouw'.")
D("geslacht", "dienstverlening", "Melder verklaarde dat de garagehouder weigerde met haar over de reparatie te praten en eiste dat 'haar man maar moest komen, want vrouwen snappen niks van auto's'. Melder is alleenstaand en de eigenaar van de auto.")
D("geslacht", "school", "Een leerlinge van het mbo meldde dat een docent in de les techniek tegen haar zei dat 'meisjes hier alleen zijn om koffie te zetten' en haar opdrachten steeds lager beoordeelt dan die van jongens.")
D("geslacht", "werk", "Melder verklaarde dat haar leidinggevende in een vergadering zei dat hij 'geen vrouwen meer aanneemt, want die worden toch zwanger of gaan huilen'. Zij is als enige vrouw in het team niet bevorderd.")
D("geslacht", "bedreiging", "Melder verklaarde dat een man die zij online had afgewezen berichten stuurde: 'Vrouwen zoals jij zijn het probleem. Ik weet waar je woont, hoer, je krijgt wat je verdient.'")
D("geslacht", "horeca", "Melder verklaarde dat zij als vrouw alleen niet aan de bar mocht zitten in het café. De barman zei: 'Vrouwen alleen aan de bar, dat zijn hier hoeren, ga maar aan een tafeltje.'")
D("geslacht", "online", "Onder een YouTube-video van melder over autotechniek stonden tientallen reacties als 'wijf terug naar de keuken' en 'w1jven horen niet in een werkplaats'.")
D("geslacht", "belediging", "Melder verklaarde dat een man op de markt tegen haar en haar dochter zei: 'Jullie vrouwen zijn alleen goed voor één ding', terwijl hij naar zijn kruis wees.")
D("geslacht", "woning", "Melder verklaarde dat de verhuurder haar de woning weigerde omdat zij een alleenstaande vrouw is. Hij zei: 'Vrouwen alleen geven altijd gedoe met mannen over de vloer, ik verhuur alleen aan mannen.'")
D("geslacht", "geweld", "Melder verklaarde dat haar zwager haar in het gezicht sloeg toen zij zei dat zij wilde gaan werken. Hij zei: 'Een vrouw in onze familie werkt niet, een vrouw gehoorzaamt.'")
D("geslacht", "vervoer", "Melder verklaarde dat de taxichauffeur weigerde haar 's avonds mee te nemen zonder mannelijke begeleiding. Hij zei: 'Vrouwen alleen rijd ik niet, die zijn altijd lastig.'")
D("geslacht", "belediging", "Melder, een man die als verpleegkundige werkt, verklaarde dat een patiënt hem steeds 'zuster mietje' noemde en weigerde door 'een vent die vrouwenwerk doet' verzorgd te worden.")

# ---- handicap / chronische ziekte ----
D("handicap", "belediging", "Melder verklaarde dat zijn zoon, die het syndroom van Down heeft, in de speeltuin door een groep kinderen 'mongool' en 'debiel' werd genoemd. Een van de vaders stond erbij en lachte mee.")
D("handicap", "woning", "Melder had een afspraak om de woning aan de Parklaan te bezichtigen. Toen de verhuurder zag dat melder in een rolstoel zat, was de woning ineens al verhuurd. Een uur later stond de advertentie nog steeds online.")
D("handicap", "geweld", "Melder is blind en loopt met een geleidehond. Hij werd bij de tramhalte door een man geduwd die riep 'kijk uit waar je loopt, blinde mol'. Melder viel en bezeerde zijn knie; de hond werd geschopt.")
D("handicap", "toegang", "Melder werd met haar hulphond de toegang tot de supermarkt geweigerd. De bedrijfsleider zei: 'Die gehandicapten met hun beesten horen hier niet, ga maar online bestellen.' Melder toonde haar hulphondpas.")
D("handicap", "vervoer", "Melder zit in een rolstoel. De buschauffeur weigerde de oprijplaat uit te klappen en zei: 'Ik heb geen zin om voor elke kreupele te stoppen, wacht maar op de volgende.'")
D("handicap", "werk", "Melder verklaarde dat zij na het vertellen over haar MS te horen kreeg dat zij 'niet meer mee kan in het tempo van het team'. Haar leidinggevende zei: 'Zieke mensen zijn hier een blok aan het been.' Zij werd overgeplaatst naar een functie zonder klantcontact.")
D("handicap", "online", "Melder toonde een filmpje op TikTok waarin een jongen haar nadoet terwijl zij met haar spasme loopt. De tekst erbij: 'spastische sp@st van de Albert Heijn, lol'.")
D("handicap", "bedreiging", "Melder, die doof is, verklaarde dat de buurjongen op zijn raam schreef: 'Dove debiel, als je nog één keer mijn moeder aankijkt steek ik je neer.'")
D("handicap", "buren", "Melder verklaarde dat de buren haar autistische zoon voortdurend nadoen, 'gestoorde' roepen als hij in de tuin speelt en een briefje in de bus deden: 'Stop dat gekkie in een gesticht.'")
D("handicap", "school", "Een moeder meldde dat haar dochter, die slechthorend is, door een docent voor de klas werd nagedaan met een overdreven stem. De klas lachte en sindsdien wordt zij 'dovemans' genoemd.")
D("handicap", "horeca", "Melder verklaarde dat hij met zijn rolstoel niet op het terras mocht zitten. De ober zei: 'Dat staat niet gezellig, een rolstoel op het terras, ga maar binnen achterin zitten.'")
D("handicap", "dienstverlening", "Melder verklaarde dat de bank weigerde haar een rekening te laten openen omdat zij een verstandelijke beperking heeft. De medewerker sprak alleen tegen haar begeleider en zei: 'Zo iemand snapt toch niks van geld.'")
D("handicap", "belediging", "Melder, die een beenprothese heeft, werd op het strand door een groep jongeren nageroepen met 'hinkepoot' en 'halve mens'. Een van hen gooide zand naar de prothese.")
D("handicap", "geweld", "Melder heeft een verstandelijke beperking. Hij werd door twee jongens uit de buurt meegenomen naar een portiek, vernederd en geschopt. Zij zeiden dat 'zo'n mongo toch niet kan vertellen wie het gedaan heeft'.")
D("handicap", "sport", "Melder verklaarde dat haar zoon met een lichte spierziekte door de trainer uit het team werd gezet. De trainer zei tegen de andere ouders: 'Met zo'n gehandicapt kind verliezen we elke week.'")
D("handicap", "online", "In een groepsapp van klasgenoten werd een foto van melders dochter, die in een rolstoel zit, gedeeld met de tekst 'onze eigen groente, haha, mongol van de klas'.")
D("handicap", "belediging", "Melder verklaarde dat een medewerker van de gemeente bij het loket zei dat 'jullie gehandicapten alleen maar geld kosten' toen zij vroeg naar een gehandicaptenparkeerkaart.")
D("handicap", "vervoer", "Melder, die epilepsie heeft, verklaarde dat de taxichauffeur van het Wmo-vervoer weigerde haar mee te nemen. Hij zei: 'Ik wil geen aanval in mijn auto, zoek maar een ambulance.'")
D("handicap", "werk", "Melder verklaarde dat hij bij de sollicitatie vertelde dat hij een hulpmiddel nodig heeft vanwege zijn slechtziendheid. De recruiter antwoordde dat 'zulke mensen niet passen bij een dynamisch bedrijf' en beëindigde het gesprek.")
D("handicap", "bedreiging", "Melder, een man met een psychiatrische aandoening, werd door de buurman op straat met een stok bedreigd. De buurman zei: 'Zo'n gek als jij hoort opgesloten, ik maak je af als je hier blijft wonen.'")
D("handicap", "belediging", "Melder verklaarde dat een klant in de rij achter hem bij de kassa zuchtte en hard zei: 'Schiet eens op, spast', omdat melder vanwege zijn handtremor langzaam zijn geld telde.")
D("handicap", "toegang", "Melder verklaarde dat zij met haar rolstoel de bioscoopzaal niet in mocht. De medewerker zei dat 'mensen zoals jij' een brandrisico zijn, terwijl er een rolstoelplek in de zaal was die vrij was.")
D("handicap", "graffiti", "Op het busje van de dagbesteding voor mensen met een verstandelijke beperking werd 'MONGOLENBUS' en 'vergas ze' gekrast.")
D("handicap", "online", "Melder toonde een Facebookbericht waarin een buurtbewoner over de nieuwe woongroep voor mensen met autisme schreef: 'Nog meer gestoorden in de straat, die k*tautisten moeten in een kamp.'")

# ---- leeftijd (mostly older people; also young people) ----
D("leeftijd", "belediging", "Melder, 81 jaar, verklaarde dat zij in de supermarkt door een jonge man werd uitgescholden omdat zij langzaam pinde. Hij riep: 'Oude taart, ga toch dood, jullie bejaarden verpesten alles.'")
D("leeftijd", "werk", "Melder, 58 jaar, verklaarde dat hij bij een reorganisatie als enige van de oudere medewerkers werd ontslagen. De manager zei tegen hem: 'We willen een jong team, mensen van jouw leeftijd kosten alleen maar geld.'")
D("leeftijd", "werk", "Melder verklaarde dat in de vacature stond 'maximaal 35 jaar' en dat zij bij navraag te horen kreeg: 'Iemand van 52 past gewoon niet bij ons jonge team, sorry.'")
D("leeftijd", "geweld", "Melder, een man van 86 met een rollator, werd in het park omvergeduwd door twee tieners. Zij riepen 'ouwe lijk, wegwezen' en filmden hoe hij op de grond lag.")
D("leeftijd", "bedreiging", "Melder, 77 jaar, verklaarde dat jongeren op het bankje voor haar flat haar dagelijks naroepen met 'oude heks, jij gaat eraan' en dat zij stenen tegen haar raam gooien. Zij durft niet meer naar buiten.")
D("leeftijd", "online", "In een buurtapp werd een foto van de bewoners van het verzorgingshuis gedeeld met de tekst: 'Die boomers vreten ons pensioen op, laat ze maar creperen in hun bejaardenhok.'")
D("leeftijd", "dienstverlening", "Melder, 74 jaar, verklaarde dat de medewerker van de telefoonwinkel weigerde haar een abonnement te verkopen. Hij zei: 'Op uw leeftijd snapt u dit toch niet, stuur uw kleinzoon maar.'")
D("leeftijd", "toegang", "Melder, 69 jaar, werd bij de ingang van de sportschool geweigerd. De medewerker zei dat zij 'te oud is voor deze club' en dat 'bejaarden beter naar de seniorengym kunnen'. Zij had een proefles geboekt.")
D("leeftijd", "vervoer", "Melder, 82 jaar, verklaarde dat de buschauffeur vertrok terwijl zij nog aan het instappen was. Toen zij er iets van zei, riep hij: 'Jullie ouwe knarren houden altijd de hele dienstregeling op.'")
D("leeftijd", "woning", "Melder, 71 jaar, verklaarde dat de verhuurder zei dat hij 'geen ouderen' in het appartementencomplex wil, 'want die gaan dood en dan zit ik met de rommel'.")
D("leeftijd", "belediging", "Melder, een vrouw van 79, werd door de buurjongen in het trappenhuis uitgemaakt voor 'rimpelkut' en 'bejaarde trut' toen zij vroeg of de muziek zachter kon.")
D("leeftijd", "buren", "Melder, 84 jaar en alleenwonend, verklaarde dat de buren haar steeds 'dement wijf' noemen, haar vuilnisbak omgooien en tegen haar zeggen dat ze 'allang in een tehuis had moeten zitten'.")
D("leeftijd", "horeca", "Melder en zijn vrouw, beiden boven de zeventig, werden in een restaurant geweigerd. De gastvrouw zei: 'Dit is een restaurant voor een jong publiek, ouderen passen niet bij onze sfeer.'")
D("leeftijd", "geweld", "Melder, 90 jaar, werd bij de voordeur van zijn flat door een jongeman tegen de muur geduwd. De jongeman riep: 'Ouwe zak, jullie bejaarden moeten gewoon opgeruimd worden.' Melder liep een hoofdwond op.")
D("leeftijd", "belediging", "Melder, 17 jaar, verklaarde dat een buschauffeur haar en haar vriendinnen niet mee liet rijden. Hij zei: 'Jullie pubers zijn allemaal tuig, voor jongeren stop ik niet meer.' Zij hadden allemaal een geldig abonnement.")
D("leeftijd", "toegang", "Melder, 19 jaar, werd geweigerd bij het buurthuis. De beheerder zei: 'Jongeren komen hier niet meer binnen, jullie zijn allemaal criminelen.' Volgens het reglement is het buurthuis voor alle leeftijden.")
D("leeftijd", "online", "Melder toonde een Facebookbericht van een bekende in het dorp: 'Alle 70-plussers zouden hun rijbewijs en hun stemrecht moeten inleveren, ze kosten alleen maar geld, laat ze uitsterven.'")
D("leeftijd", "werk", "Melder verklaarde dat zij op haar 61e werd weggepest op het werk. Collega's noemden haar 'ouwe trut' en 'de fossiel', en haar leidinggevende zei dat ze 'toch bijna dood' was en beter kon stoppen.")
D("leeftijd", "bedreiging", "Melder, 76 jaar, verklaarde dat een man in de rij bij het postkantoor tegen haar zei: 'Mensen van jouw leeftijd horen niet meer op straat, volgende keer duw ik je voor de tram.'")
D("leeftijd", "dienstverlening", "Melder, 80 jaar, verklaarde dat het uitzendbureau haar aanmelding voor vrijwilligerswerk weigerde met de opmerking: 'Wij werken niet met hoogbejaarden, daar heb je alleen maar last van.'")

# ---- overig (political opinion, homelessness, travellers, marital status, class) ----
D("overig", "belediging", "Melder, dakloos, verklaarde dat hij bij de ingang van het station door een groep jongens 'vieze zwerver' en 'menselijk afval' werd genoemd. Zij gooiden zijn bekertje met geld om.")
D("overig", "geweld", "Melder slaapt al weken in het portiek aan de Havenstraat. Vannacht werd hij wakker gemaakt door twee mannen die hem schopten en riepen: 'Zwervers zoals jij moeten opgeruimd worden.'")
D("overig", "toegang", "Melder verklaarde dat hij als woonwagenbewoner bij de ingang van de kermis werd geweigerd door de beveiliging. De beveiliger zei: 'Kampers komen er vandaag niet in, die jatten alles.'")
D("overig", "woning", "Melder verklaarde dat de makelaar haar niet wilde inschrijven toen zij zei dat zij van het woonwagenkamp kwam. Hij zei: 'Met woonwagenmensen beginnen wij niet, dat geeft alleen maar ellende.'")
D("overig", "bedreiging", "Melder, lid van de gemeenteraad voor een linkse partij, ontving een brief: 'Linkse ratten zoals jij horen aan de lantaarnpaal. Wij weten waar je kinderen op school zitten.'")
D("overig", "graffiti", "Op de gevel van het partijkantoor van een rechtse partij werd met rode verf 'PVV-stemmers zijn nazituig, dood aan fascisten' gespoten.")
D("overig", "werk", "Melder verklaarde dat hij bij de gemeente werd afgewezen voor een functie nadat de selectiecommissie had gezien dat hij lid is van een politieke partij. Een commissielid zei: 'Zo iemand met die politieke kleur willen wij niet in dienst.'")
D("overig", "horeca", "Melder verklaarde dat hij in een café werd geweigerd omdat hij een pet van een boerenpartij droeg. De barman zei: 'Boerenhufters en BBB'ers worden hier niet bediend.'")
D("overig", "belediging", "Melder, een alleenstaande moeder, verklaarde dat de buurvrouw haar voor de hele straat uitmaakte voor 'uitkeringshoer' en 'bijstandstokkie' en zei dat 'mensen zoals zij' de wijk verpesten.")
D("overig", "online", "In een Facebookgroep werd een foto gedeeld van een daklozenopvang met de tekst 'Gooi er een molotov in, dan zijn we van dat tuig af.' Het bericht werd honderd keer gedeeld.")
D("overig", "dienstverlening", "Melder verklaarde dat de fietsenmaker weigerde zijn fiets te repareren. Hij zei: 'Voor daklozen doe ik niks, die hebben hun fiets toch gestolen.' Melder had de aankoopbon bij zich.")
D("overig", "buren", "Melder verklaarde dat de buren sinds zij weten dat zij in de schuldhulpverlening zit, haar 'tokkie' en 'parasiet' noemen en haar post openscheuren met de woorden 'kijken of er weer een uitkering in zit'.")
D("overig", "bedreiging", "Melder verklaarde dat hij op de markt werd bedreigd door een man die zijn partijspeldje zag. De man zei: 'Jullie soort stemt het land kapot, jou steek ik persoonlijk neer op de verkiezingsdag.'")
D("overig", "belediging", "Melder verklaarde dat een medewerker van het buurthuis hem weigerde als vrijwilliger omdat hij in de gevangenis had gezeten, en hem voor de andere vrijwilligers 'een bajesklant die bij het vuil hoort' noemde.")
D("overig", "geweld", "Melder, een bekende van de woonwagenlocatie, werd op de parkeerplaats van de supermarkt geslagen door een man die riep: 'Woonwagentuig hoort hier niet.' Melder heeft een hoofdwond.")
D("overig", "school", "Een moeder meldde dat haar zoon op school steeds 'kamperkind' en 'zwervertje' wordt genoemd omdat zij op een woonwagenlocatie wonen. De mentor zei dat 'dat nu eenmaal zo gaat met zulke kinderen'.")
D("overig", "online", "Melder, een bekende klimaatactivist in de gemeente, toonde berichten op Instagram zoals 'klimaatterrorist, jouw soort moet vergast worden' en een foto van haar huis.")
D("overig", "belediging", "Melder verklaarde dat een controleur bij het uitvaren van de veerpont hem 'vieze bijstandstrekker' noemde toen hij zijn kortingskaart van de gemeente liet zien en dat 'armoedzaaiers' hier 'niet gewenst' zijn.")
D("overig", "toegang", "Melder verklaarde dat zij als bijstandsgerechtigde bij de tennisclub werd geweigerd ondanks een gemeentelijke sportvergoeding. Het bestuurslid zei: 'We willen hier geen uitkeringstrekkers, dat trekt het niveau omlaag.'")
D("overig", "sport", "Tijdens een hockeywedstrijd werd een speelster door spelers van de tegenpartij 'woonwagenkut' en 'kampeerster' genoemd. Haar familie woont op een woonwagenlocatie.")
D("geslacht,overig", "werk", "Melder verklaarde dat de eigenaar van het bedrijf haar niet aannam nadat hij hoorde dat zij een alleenstaande moeder is. Hij zei: 'Alleenstaande moeders zijn altijd ziek of thuis met een kind, dat risico neem ik niet.'")

# ---- subtle cases and several grounds at once ----
D("herkomst", "dienstverlening", "Melder verklaarde dat hij als enige klant in de winkel door de beveiliger werd gevolgd en bij de uitgang zijn tas moest openen. Hij heeft het idee dat dit te maken had met zijn afkomst, want de witte klanten voor hem mochten gewoon doorlopen.")
D("herkomst", "toegang", "Melder verklaarde dat hij bij de sportschool werd geweigerd 'omdat het vol was', terwijl zijn witte collega tien minuten later wel een dagpas kreeg. Melder denkt dat het om zijn huidskleur ging.")
D("herkomst", "woning", "Melder reageerde onder haar eigen naam Fatima El Amrani op een kamer en kreeg geen antwoord. Toen zij onder de naam Anne de Vries reageerde, werd zij binnen een uur uitgenodigd. Melder vermoedt dat haar Marokkaanse naam de reden is.")
D("antisemitisme", "geweld", "Melder werd op de fiets door een scooter klemgereden en van zijn fiets getrokken. Volgens melder gebeurde dit omdat hij een keppeltje droeg; de dader had eerst naar zijn hoofd gewezen en iets naar zijn vriend geroepen.")
D("godsdienst", "toegang", "Melder verklaarde dat zij vanwege haar hoofddoek niet binnen mocht bij het evenement in het stadspark. De beveiliger zei alleen: 'Met dat ding op kom je er niet in.' Vrouwen met een pet mochten wel naar binnen.")
D("handicap", "woning", "Melder verklaarde dat de woning aan de Dreef haar per mail was toegezegd. Toen zij bij de sleuteloverdracht met haar rolstoel kwam, zei de verhuurder dat het contract 'toch niet doorging'. Een dag later stond de woning weer te huur.")
D("seksuele_gerichtheid", "woning", "Melder verklaarde dat de huisbaas de huur opzei kort nadat hij hoorde dat melder met een man getrouwd is. Er was nooit eerder een klacht geweest. Melder denkt dat het daar om gaat; de huisbaas zei 'je weet zelf wel waarom'.")
D("herkomst,godsdienst", "belediging", "Melder verklaarde dat een vrouw op het schoolplein tegen haar zei: 'Jullie Marokkanen met je hoofddoeken en je moskeeën, jullie hebben van deze school een getto gemaakt.'")
D("herkomst,godsdienst", "online", "Op een anoniem account werd een foto van de Turkse moskee in de wijk geplaatst met de tekst: 'Kuttturken en hun islam, één goede brand en het is klaar.'")
D("herkomst,geslacht", "belediging", "Melder, een Surinaamse vrouw, werd door een fietser uitgescholden voor 'zwarte hoer' toen zij hem vroeg om niet op de stoep te rijden.")
D("seksuele_gerichtheid,herkomst", "geweld", "Melder werd bij een bushalte in elkaar geslagen door een man die hem eerst 'vieze Turkse homo' noemde. Melder liep met een regenboogtasje.")
D("godsdienst,geslacht", "online", "Onder een video van een vrouwelijke imam op YouTube stonden tientallen reacties als 'vrouwen horen niet op de kansel, moslimhoer' en 'deze slet moet gestenigd worden'.")
D("genderidentiteit,seksuele_gerichtheid", "belediging", "Melder verklaarde dat een groep jongens op het plein haar en haar vriendin naliepen en riepen 'homo's en travo's moeten dood'. Melder is een transvrouw en haar vriendin is lesbisch.")
D("handicap,leeftijd", "belediging", "Melder, 83 jaar en slechtziend, werd in de bus door een jongen uitgescholden voor 'blinde oude zak' toen zij per ongeluk tegen zijn tas aan liep. Hij zei dat 'zulke mensen thuis moeten blijven'.")
D("herkomst,antisemitisme", "graffiti", "Op de muur van de tramhalte werd een hakenkruis gespoten met de tekst 'Joden en negers eruit'.")
D("leeftijd,geslacht", "werk", "Melder, 55 jaar, verklaarde dat haar nieuwe manager tegen haar zei dat 'oude wijven in de overgang' niet meer aan de balie passen en dat hij 'jonge, knappe meiden' wil. Zij is overgeplaatst naar het archief.")
D("herkomst", "online", "Melder toonde een Instagram-reactie onder haar foto: 'n3g3r1n, terug naar je hut'. Melder is van Ghanese afkomst.")
D("seksuele_gerichtheid", "online", "Melder toonde een Facebook-reactie: 'Flikkerz moete afgemaakt worde, eerst die van de regenboogstraat.' Melder woont met zijn man in die straat.")
D("antisemitisme", "online", "Melder toonde een X-bericht waarin een account schreef 'De zi0nistische j@@d beheerst deze gemeente, Hitler wist wat hij deed', met een foto van de joodse wethouder.")
D("handicap", "online", "In een Telegramgroep werden foto's gedeeld van bewoners van een zorginstelling met de tekst 'kijk die mongooltjes, afmaken die handel, kost alleen geld'.")
D("herkomst", "vervoer", "Melder verklaarde dat hij met zijn twee zonen bij de taxistandplaats in de rij stond. De chauffeur liet de witte klant achter hen voorgaan en zei tegen melder alleen: 'Niet voor jullie.' Melder denkt dat het om zijn afkomst ging.")
D("godsdienst", "werk", "Melder verklaarde dat zij op de eerste werkdag bij een callcenter werd weggestuurd. De teamleider zei dat zij 'met die hoofddoek niet representatief' was. In de vacature stond geen kledingvoorschrift en zij werkt niet met klanten aan de balie.")
D("genderidentiteit", "dienstverlening", "Melder verklaarde dat de huisartsassistente haar stelselmatig met 'meneer' en haar oude naam aanspreekt in de volle wachtkamer, ook nadat melder had gevraagd dat niet te doen. Bij de laatste afspraak zei de assistente: 'Voor mij blijf je gewoon een man.'")
D("herkomst", "school", "Een vader meldde dat de docent zijn dochter een laag schooladvies gaf en tegen hem zei: 'Kinderen uit Turkse gezinnen halen het vwo toch niet, dat is beter voor haar.' Haar toetsscores waren op vwo-niveau.")
D("godsdienst", "belediging", "Melder verklaarde dat een klant bij de balie van het gemeentehuis weigerde door haar geholpen te worden vanwege haar hoofddoek. Hij zei: 'Ik wil een echte Nederlander, geen moslimmeisje.'")

# ---------------------------------------------------------------------------
# Neutral registrations (near misses).
# ---------------------------------------------------------------------------

# ---- neutraal-afkomst: origin or nationality as description, interpreter, group word beside an ordinary crime ----
N("afkomst", "Melder verklaarde dat zijn fiets bij het station was gestolen. Hij zag een man met een Marokkaans uiterlijk, ongeveer 1.80 meter, met een zwarte jas wegfietsen op de fiets.")
N("afkomst", "Aangifte van inbraak in een woning aan de Vondellaan. Het gesprek werd gevoerd met behulp van een tolk Arabisch, omdat melder onvoldoende Nederlands spreekt. Er werden sieraden en een laptop weggenomen.")
N("afkomst", "De Poolse bestuurder van een bestelbus reed bij de kruising Laan van Meerdervoort door rood en raakte een fietser. De fietser werd met lichte verwondingen naar het ziekenhuis gebracht.")
N("afkomst", "Melder, een Turkse ondernemer, deed aangifte van oplichting. Een klant had met een vals bankbiljet van 50 euro betaald in zijn bakkerij.")
N("afkomst", "Signalement verdachte: man, donkere huidskleur, circa 25 jaar, kort zwart haar, droeg een grijs trainingspak. Hij rende richting het park na de straatroof.")
N("afkomst", "Bij een verkeerscontrole op de A12 bleek de Roemeense chauffeur van de vrachtwagen zijn rusttijden ruim te hebben overschreden. Proces-verbaal opgemaakt.")
N("afkomst", "Melder is van Eritrese afkomst en woont sinds een jaar in Nederland. Zij deed aangifte van diefstal van haar telefoon in de trein. Een tolk Tigrinya was telefonisch aanwezig.")
N("afkomst", "Twee Bulgaarse mannen werden aangehouden bij de bouwmarkt na diefstal van gereedschap ter waarde van 600 euro. Beiden zijn overgebracht naar het bureau.")
N("afkomst", "Melder, een Surinaamse vrouw van 43, meldde dat haar zoon van 15 sinds gisteravond vermist is. Hij is gekleed in een rode hoodie en blauwe spijkerbroek.")
N("afkomst", "Verdachte, een Nederlandse man van Antilliaanse afkomst, werd aangehouden wegens rijden onder invloed. De ademanalyse gaf 540 ug/l.")
N("afkomst", "Melder verklaarde dat hij in de Chinese supermarkt aan de Oude Kerkstraat met zijn pinpas wilde betalen en dat daarna tweemaal hetzelfde bedrag was afgeschreven. De winkel heeft het terugbetaald.")
N("afkomst", "Een Syrische statushouder meldde dat zijn nieuwe woning was binnengelopen door water na een lekkage bij de bovenburen. De woningcorporatie is ingelicht.")
N("afkomst", "Op camerabeelden is te zien dat een blanke man met een petje de ruit van de auto ingooit en een tas van de achterbank pakt.")
N("afkomst", "Melder deed aangifte van mishandeling in het uitgaansgebied. De verdachte werd omschreven als een lange man met een Oost-Europees accent en een tatoeage in de nek.")
N("afkomst", "Bij een controle van het Marokkaanse restaurant aan de Markt trof de NVWA een verlopen vergunning aan. De politie assisteerde bij de sluiting.")
N("afkomst", "Melder, een Indiase expat, deed aangifte van identiteitsfraude: iemand had op zijn naam een telefoonabonnement afgesloten. Het gesprek verliep in het Engels.")
N("afkomst", "De Duitse toerist meldde dat zijn camper op de parkeerplaats bij het strand was opengebroken. Er werden een fototoestel en paspoorten weggenomen.")
N("afkomst", "Melder verklaarde dat zij tijdens haar werk als bezorgster was aangereden door een man in een Belgische auto die doorreed. Het kenteken is gedeeltelijk genoteerd.")
N("afkomst", "Bij een woningcontrole werden zes Poolse arbeidsmigranten aangetroffen in een woning die voor twee personen is bedoeld. De gemeente is ingeschakeld voor de huisvestingsregels.")
N("afkomst", "Melder, van Ghanese afkomst, deed aangifte van een woninginbraak. Er zijn geen aanwijzingen voor een ander motief dan diefstal; de buren werden dezelfde nacht ook getroffen.")
N("afkomst", "Het verhoor van verdachte vond plaats met een tolk Turks. Verdachte bekende de diefstal van de scooter en verklaarde dat hij geld nodig had.")
N("afkomst", "Een groep Nederlandse en Marokkaanse jongeren voetbalde op het plein en een bal belandde in de ruit van nummer 8. De ouders regelen de schade onderling.")
N("afkomst", "Melder verklaarde dat de Somalische buurvrouw haar had geholpen toen zij gevallen was in het trappenhuis. Melder wilde dit melden omdat haar portemonnee sindsdien zoek is; zij denkt dat ze hem op straat verloor.")
N("afkomst", "De Litouwse chauffeur van een vrachtwagen werd aangehouden omdat zijn lading niet goed was vastgezet. Hij kreeg een bekeuring.")
N("afkomst", "Melder, een Afghaanse vrouw, kwam met haar broer als tolk aangifte doen van diefstal van haar fiets voor de bibliotheek.")

# ---- neutraal-plek: religious building, rainbow street or Pride as a location ----
N("plek", "Op de parkeerplaats naast de moskee aan de Oosterweg werd een geparkeerde auto aangereden. De veroorzaker liet een briefje achter met zijn telefoonnummer.")
N("plek", "Melder verklaarde dat haar fiets tijdens de kerkdienst voor de Sint-Janskerk was gestolen. Het slot was doorgeknipt.")
N("plek", "Bij de synagoge aan de Lekstraat stond een verdachte tas. De tas bleek van een bezoeker die hem was vergeten. De beveiliging heeft hem teruggegeven.")
N("plek", "Tijdens de Pride Walk in het centrum werd een portemonnee gerold bij een vrouw die naar de optocht keek. Er zijn geen verdachten in beeld.")
N("plek", "Aanrijding op de hoek van de Regenboogstraat en de Zonnebloemweg tussen een scooter en een personenauto. Geen gewonden, wel blikschade.")
N("plek", "Melder meldde dat er in de tuin van de pastorie naast de katholieke kerk een zwerfhond rondliep. De dierenambulance heeft de hond opgehaald.")
N("plek", "In de nacht werd ingebroken in het kantoor van de moskeevereniging. De dader nam een kas met ongeveer 300 euro mee. Sporen van braak aan de achterdeur; de daders worden gezocht voor een reeks inbraken in de wijk.")
N("plek", "Bij de afsluiting van het Pride-feest op het plein ontstond een vechtpartij tussen twee vrienden over een biertje. Beide mannen werden verwijderd.")
N("plek", "Melder verklaarde dat zijn auto op de parkeerplaats van de Joodse begraafplaats werd opengebroken terwijl hij een begrafenis bijwoonde. Er werd een navigatiesysteem weggenomen.")
N("plek", "Een bezoeker van de hindoetempel meldde dat zijn schoenen, die hij bij de ingang had uitgedaan, waren verwisseld met die van iemand anders.")
N("plek", "Geluidsoverlast gemeld bij het buurthuis naast de moskee. Het bleek een bruiloftsfeest dat na middernacht doorging. Na een gesprek werd de muziek zachter gezet.")
N("plek", "Melder verklaarde dat zij op de Regenboogbrug was uitgegleden door gladheid en haar pols had gebroken. Zij wil de gemeente aansprakelijk stellen.")
N("plek", "Op de Canal Pride werd een boot gecontroleerd die te veel passagiers aan boord had. De schipper kreeg een waarschuwing.")
N("plek", "Bij de kerk aan de Markt werd een jongen aangehouden die koperen dakgoten probeerde te stelen. Hij bekende ook eerdere diefstallen van metaal.")
N("plek", "Melder meldde dat de parkeerautomaat bij de synagoge zijn muntgeld had ingeslikt zonder kaartje te geven. Doorverwezen naar de gemeente.")
N("plek", "In de roze zone van het uitgaansgebied werd een man aangehouden die een fiets stal van een bezoeker van een homobar. Hij had meerdere fietssleutels op zak.")
N("plek", "Een ouderling van de gereformeerde kerk meldde dat iemand de collecteschaal uit de consistoriekamer had meegenomen. De deur was niet afgesloten.")
N("plek", "Tijdens het iftarfeest in de moskee werd een kind even vermist. Het kind werd na tien minuten spelend in de tuin teruggevonden.")
N("plek", "Bij het COC-gebouw werd een geparkeerde scooter omver getrapt door een dronken voorbijganger die later op de avond ook elders vernielingen pleegde. Hij is aangehouden.")
N("plek", "Melder verklaarde dat zij op de markt bij het Mosplein haar sleutels verloor. Een voorbijganger bracht ze naar het bureau.")

# ---- neutraal-geen-motief: quarrels without a motive, melder not discriminated, refusal for another reason ----
N("geen-motief", "Melder, van Turkse afkomst, heeft al maanden ruzie met zijn Nederlandse buurman over de schutting tussen hun tuinen. Vandaag zou de buurman de schutting hebben verzet. Er werden geen beledigende woorden gebruikt.")
N("geen-motief", "Melder verklaarde dat zij werd geweigerd bij de discotheek. Volgens de portier was zij te dronken; melder gaf toe dat zij die avond veel had gedronken. Zij voelde zich niet gediscrimineerd, maar vond de portier onbeschoft.")
N("geen-motief", "Melder werd geweigerd bij de club omdat hij sportschoenen droeg. De dresscode stond op de website. Melder vond het vervelend maar gaf aan dat hij niet het gevoel had dat het om zijn afkomst ging.")
N("geen-motief", "Ruzie tussen twee buurvrouwen, een van Marokkaanse en een van Surinaamse afkomst, over geluidsoverlast van een wasmachine 's nachts. Beide partijen werden aangesproken; er waren geen scheldwoorden.")
N("geen-motief", "Melder, die een hoofddoek draagt, verklaarde dat zij bij de bakker niet werd geholpen omdat de winkel om 18.00 uur sloot en zij om 18.05 uur binnenkwam. Zij wilde het alleen laten vastleggen omdat de medewerker haar duwde bij het sluiten van de deur.")
N("geen-motief", "Melder werd de toegang tot het café geweigerd omdat het vol was. Hij zag dat er na hem ook anderen werden tegengehouden. Melder gaf aan dat hij zich niet gediscrimineerd voelde.")
N("geen-motief", "Melder, een Poolse vrachtwagenchauffeur, had een conflict met de expediteur over de wachttijd bij het laden. De expediteur weigerde zijn vracht aan te nemen omdat hij drie uur te laat was.")
N("geen-motief", "Twee buren aan de Esdoornlaan, een Nederlandse en een Iraakse familie, kregen ruzie over een overhangende boom. De ene buurman zaagde takken af, de andere belde de politie. Er werden afspraken gemaakt.")
N("geen-motief", "Melder verklaarde dat haar huurverzoek was afgewezen omdat haar inkomen onder de drie keer de huur lag. Zij zei uitdrukkelijk dat zij het idee had dat het niet om haar afkomst ging, maar wilde weten of dit wettelijk mocht.")
N("geen-motief", "Melder, die in een rolstoel zit, verklaarde dat de taxi hem niet kon meenemen omdat het busje geen lift had. De centrale stuurde binnen een half uur een aangepast busje. Melder was tevreden over de afhandeling.")
N("geen-motief", "Melder meldde dat hij na een vechtpartij in een café niet meer binnen mag; de eigenaar gaf hem een huisverbod van drie maanden. Melder is het er niet mee eens maar erkent dat hij een glas heeft gegooid.")
N("geen-motief", "Melder, van Surinaamse afkomst, had ruzie met de bovenbuurman over lekkage uit diens badkamer. De buurman weigerde zijn verzekering in te schakelen. Melder verklaarde dat de buurman verder altijd vriendelijk is.")
N("geen-motief", "Melder verklaarde dat zij was ontslagen tijdens haar proeftijd. Volgens haar werkgever kwam zij vaak te laat. Melder vond het onterecht maar gaf aan dat zij niet denkt dat het met haar hoofddoek te maken had.")
N("geen-motief", "Bij de sportschool kreeg melder geen toegang omdat zijn abonnement was verlopen. Na betaling aan de balie mocht hij alsnog trainen.")
N("geen-motief", "Melder werd door de buschauffeur niet meegenomen omdat hij geen geldig vervoersbewijs had en zijn ov-chipkaart geen saldo had. Melder werd boos en schold de chauffeur uit, waarna de chauffeur de politie belde.")
N("geen-motief", "Burenruzie tussen een Chinees-Nederlands gezin en een Nederlandse buurvrouw over een auto die voor de oprit stond. De buurvrouw liet de auto wegslepen. Partijen zijn gewezen op buurtbemiddeling.")
N("geen-motief", "Melder, 72 jaar, verklaarde dat zijn autoverzekering was opgezegd na drie schades in één jaar. Hij wilde weten of dit mocht en of het met zijn leeftijd te maken had. De verzekeraar verwees in de brief alleen naar de schadehistorie.")
N("geen-motief", "Melder, een transvrouw, deed aangifte van diefstal van haar handtas in de trein. Zij verklaarde uitdrukkelijk dat zij niet denkt dat het met haar transgender-zijn te maken had; er werden die dag meer tassen gestolen.")
N("geen-motief", "Melder werd de toegang tot het festival geweigerd omdat bij de fouillering drugs werden gevonden. Melder vond de behandeling door de beveiliging te hard. De drugs werden in beslag genomen.")
N("geen-motief", "Melder, een homoseksuele man, had een conflict met zijn ex-partner over de verdeling van de inboedel. De ex zou een televisie hebben meegenomen die van melder is.")
N("geen-motief", "Melder, een Marokkaans-Nederlandse vrouw, wilde met haar kinderen de speeltuin in, maar die was gesloten vanwege onderhoud. Zij dacht eerst aan discriminatie, maar zag het bord van de gemeente en trok de melding in.")
N("geen-motief", "Ruzie op het werk tussen twee collega's in de distributiehal, een Nederlander en een Roemeen, over de verdeling van de pauzes. Er werd geduwd maar niemand raakte gewond. De leidinggevende heeft beiden naar huis gestuurd.")
N("geen-motief", "Melder verklaarde dat hij bij de bank geen lening kreeg omdat hij een BKR-registratie heeft. Hij was boos maar gaf aan dat de medewerker netjes uitlegde waarom.")
N("geen-motief", "Melder, die joods is, verklaarde dat de buurman zijn grasmaaier op zondagochtend gebruikte, waar melder last van heeft. Melder benadrukte dat de buurman niets tegen joden heeft; het ging alleen om het geluid.")
N("geen-motief", "Melder werd in de supermarkt aangesproken omdat zij een fles wijn in haar tas had gestopt. Bij controle bleek zij de fles niet te hebben afgerekend. De winkel deed aangifte van winkeldiefstal.")

# ---- neutraal-handicap: disability or illness as a plain fact ----
N("handicap", "Melder, die slechtziend is, deed aangifte van oplichting. Een man had zich bij de voordeur voorgedaan als medewerker van de energiemaatschappij en had 200 euro contant meegenomen.")
N("handicap", "Een man in een scootmobiel reed op de stoep tegen een geparkeerde fiets. Er was lichte schade aan de fiets. De eigenaren hebben gegevens uitgewisseld.")
N("handicap", "Melder, die doof is, deed met behulp van een gebarentolk aangifte van diefstal van zijn fiets uit de fietsenstalling van het station.")
N("handicap", "Vermissing van een man van 34 met een verstandelijke beperking. Hij was niet teruggekeerd naar de woonvoorziening na zijn werk op de zorgboerderij. Hij werd twee uur later bij het station aangetroffen.")
N("handicap", "De rolstoel van melder werd gestolen uit de gemeenschappelijke berging van het appartementencomplex. Het slot van de berging was geforceerd.")
N("handicap", "Melder, die epilepsie heeft, kreeg een aanval op het perron. Omstanders belden 112 en de ambulance nam haar mee ter controle. Er is geen sprake van een strafbaar feit.")
N("handicap", "Op de invalidenparkeerplaats bij het winkelcentrum stond een auto zonder gehandicaptenparkeerkaart. De bestuurder kreeg een bekeuring.")
N("handicap", "Melder, een jongen met autisme, raakte in paniek in de bus omdat het erg druk was. Zijn begeleider heeft hem gerustgesteld. De buschauffeur belde uit voorzorg de politie.")
N("handicap", "Verdachte, die een beenprothese heeft, werd aangehouden wegens het rijden zonder rijbewijs. Hij verklaarde dat zijn rijbewijs was ingenomen na een eerdere overtreding.")
N("handicap", "Melder, die in een rolstoel zit, meldde dat de lift van zijn flat al een week kapot is. De politie heeft de woningcorporatie gebeld, die de lift morgen komt repareren.")
N("handicap", "Melder, blind, meldde dat zijn geleidehond was weggelopen toen het tuigje losschoot bij het oversteken. De hond werd een uur later door een buurtbewoner teruggebracht.")
N("handicap", "Bij de dagbesteding viel een cliënt in een rolstoel uit de bus omdat de oprijplaat verschoof. De cliënt had een schaafwond. De Arbeidsinspectie is ingelicht.")
N("handicap", "Melder, die slechthorend is, had de deurbel niet gehoord en de pakketbezorger had het pakket bij een buurman afgegeven die het niet terugbracht. Het pakket werd later alsnog teruggevonden.")
N("handicap", "Een automobilist met diabetes raakte onwel achter het stuur en reed tegen een lantaarnpaal. Hij werd door de ambulance nagekeken en mocht daarna naar huis.")
N("handicap", "Melder, een vrouw met MS, deed aangifte van diefstal van haar portemonnee uit de mand van haar scootmobiel bij de markt.")

# ---- neutraal-homoniem: ordinary words that resemble slurs ----
N("homoniem", "Melder verklaarde dat een onbekende een pot verf over zijn auto had gegooid die voor de deur geparkeerd stond. Er is geen tekst of teken aangebracht; de buurman heeft ook verf op zijn schutting.")
N("homoniem", "Melder meldde dat haar nicht van 16 sinds vanochtend niet meer bereikbaar is. De nicht was bij melder gaan logeren en zou om 17.00 uur thuis zijn.")
N("homoniem", "Melder, student uit Mongolië, deed aangifte van diefstal van zijn laptop uit de universiteitsbibliotheek. Hij had hem tien minuten onbeheerd gelaten.")
N("homoniem", "Melder verklaarde dat hij bij het uitstappen uit de tram van de trede flikkerde en zijn enkel verzwikte. Hij wil weten of hij het vervoersbedrijf aansprakelijk kan stellen.")
N("homoniem", "Bij de loodgieterswerkzaamheden aan de Kerklaan sprong een mof in de waterleiding, waardoor de kelder van het pand onderliep. De brandweer heeft water weggepompt.")
N("homoniem", "Uit de apenrots van de dierentuin was een makaak ontsnapt. Het dier werd na een uur door verzorgers in een boom aan de rand van het park gevangen.")
N("homoniem", "Melder verklaarde dat zij in het Mongoolse barbecuerestaurant aan de Dorpsstraat haar jas had laten hangen en dat die verdwenen was toen zij terugkwam.")
N("homoniem", "Op de Jodenbreestraat werd een fietser aangereden door een bestelbus die rechtsaf sloeg. De fietser had een gebroken sleutelbeen.")
N("homoniem", "Bij de afhaalchinees aan de Hoofdweg werd ingebroken. De kassa werd geforceerd en er werd ongeveer 150 euro buitgemaakt.")
N("homoniem", "Melder, die behandeld wordt voor kanker, deed aangifte van diefstal van haar medicijnen uit haar auto. De auto was niet afgesloten.")
N("homoniem", "In de poolbiljartzaal aan de Stationsweg ontstond ruzie tussen twee spelers over een weddenschap. Eén van hen gooide een keu door de ruit.")
N("homoniem", "Melder verklaarde dat hij de pot met fooien van het café had zien verdwijnen in de jas van een gast. De gast was al vertrokken.")
N("homoniem", "Melder zag dat de buurjongen de kat van de buren met een katapult beschoot. De jongen verklaarde dat hij op een duif mikte.")
N("homoniem", "Melder verklaarde dat haar neef en nicht ruzie hadden gekregen op de verjaardag en dat de neef de auto van zijn nicht had bekrast. De familie wil het onderling oplossen.")
N("homoniem", "Bij de zigeunerschnitzel in het menu van het wegrestaurant was volgens een gast een stukje glas te vinden. De NVWA is ingelicht.")
N("homoniem", "Melder verklaarde dat de lamp boven de voordeur van het portiek al weken flikkert en dat er daardoor 's avonds in het donker wordt ingebroken in de bergingen.")
N("homoniem", "Een vrachtwagen met een lading Turks fruit kantelde op de afrit van de A2. De lading lag over de weg verspreid. Geen gewonden.")
N("homoniem", "Melder verklaarde dat zijn zoon in de speeltuin van het klimrek flikkerde en zijn arm brak. Het klimrek had een losse sport; de gemeente is op de hoogte gebracht.")
N("homoniem", "In een kringloopwinkel werd een oude collectebus met het opschrift van een zendingsgenootschap gestolen. De eigenaar vermoedt dat de dader geld verwachtte.")
N("homoniem", "Melder verklaarde dat zijn neef 'die aap' werd genoemd door zijn broer tijdens een ruzie over een spelcomputer. Beide jongens zijn broers uit hetzelfde gezin; moeder wilde vooral advies.")

# ---- neutraal-beleid: policy, training, figures ----
N("beleid", "Op het bureau werd de nieuwe werkinstructie voor het registreren van discriminatie besproken. Collega's worden gevraagd bij een vermoeden van een discriminatoir motief de code te gebruiken en de exacte uitspraken in de mutatie op te nemen.")
N("beleid", "De basisteamchef meldde dat er in de komende maand een training over het herkennen van anti-LHBTI-geweld wordt gegeven. Deelname is verplicht voor alle noodhulpcollega's.")
N("beleid", "Overleg met het ADV over de cijfers van het afgelopen halfjaar. Het aantal meldingen op grond van herkomst nam toe, het aantal op grond van seksuele gerichtheid bleef gelijk.")
N("beleid", "Voorlichting op het mbo over de wet: uitleg gegeven over artikel 137c en 137d Sr en over het verschil tussen een belediging en groepsbelediging. Leerlingen stelden vragen over online uitingen.")
N("beleid", "De gemeente organiseerde een bijeenkomst over het Regionaal Discriminatie Overleg. De politie gaf een toelichting op hoe discriminatiezaken worden geregistreerd en doorgezet naar het OM.")
N("beleid", "Bespreking in het teamoverleg van het nieuwe protocol voor het opnemen van aangiftes van moslimdiscriminatie en antisemitisme. Het protocol is in te zien op het intranet.")
N("beleid", "Notitie: in het kader van de jaarcijfers over discriminatie worden alle mutaties met de discriminatiecode van het afgelopen jaar nog eens nagelopen door de materiedeskundigen.")
N("beleid", "De wijkagent sprak met de imam en de voorzitter van de synagoge over de veiligheid rond de feestdagen. Er zijn afspraken gemaakt over extra surveillance.")
N("beleid", "Het Roze Netwerk van de eenheid heeft een presentatie gegeven over de ervaringen van LHBTI-collega's binnen de politie. De presentatie werd goed bezocht.")
N("beleid", "Informatieavond in het buurthuis over de opvang van asielzoekers in de gemeente. De politie was aanwezig voor vragen over veiligheid. De avond verliep rustig.")
N("beleid", "De discriminatierechercheur heeft de lijst van meldingen van het afgelopen kwartaal doorgenomen met het basisteam. Er werd geen bijzonder patroon gezien.")
N("beleid", "Uitleg gegeven aan een stagiair over het verschil tussen een commuun delict met discriminatoir aspect en een zuiver discriminatiedelict. Geen melding.")
N("beleid", "De gemeenteraad besprak het voorstel voor een meldpunt discriminatie. De politie is gevraagd om twee keer per jaar cijfers aan te leveren.")
N("beleid", "Teamleider meldde dat de e-learning over het herkennen van discriminatie bij aangiftes uiterlijk eind maart moet zijn afgerond. Tot nu toe heeft 60 procent van het team de module gedaan.")
N("beleid", "Het OM heeft laten weten dat in discriminatiezaken voortaan vaker om een hogere straf wordt gevraagd, conform de Aanwijzing discriminatie. Bericht gedeeld met het team.")

# ---- neutraal-delict: ordinary threats, curses and crimes without any group ----
N("delict", "Verdachte riep tegen de parkeercontroleur: 'Flikker op met je bon, klootzak, ik weet je te vinden.' Daarna reed hij weg. De controleur deed aangifte van bedreiging.")
N("delict", "Melder verklaarde dat zijn ex-vriendin hem via WhatsApp berichten stuurde als 'ik maak je kapot' en 'je gaat ervoor boeten' na een ruzie over de omgangsregeling.")
N("delict", "Tijdens een ruzie in de snackbar over de volgorde in de rij sloeg verdachte de melder met de vlakke hand in het gezicht en riep 'kankerlijer'. Getuigen bevestigden dat het om de rij ging.")
N("delict", "Verdachte bedreigde de kassamedewerker met een mes en eiste de inhoud van de kassa. Hij ging ervandoor met ongeveer 400 euro.")
N("delict", "Melder verklaarde dat de buurman hem uitschold voor 'idioot' en 'sukkel' omdat melder zijn auto voor de garage van de buurman had geparkeerd.")
N("delict", "Bij een voetbalwedstrijd op het sportpark ontstond een vechtpartij tussen spelers van beide teams na een harde tackle. Twee spelers liepen kneuzingen op.")
N("delict", "Melder kreeg een anonieme brief waarin werd gedreigd zijn auto in brand te steken als hij zijn schuld van 2000 euro niet zou terugbetalen.")
N("delict", "Verdachte trapte na een ruzie met zijn vriendin de ruit van haar voordeur in. Hij riep 'ik sla je dood' en werd aangehouden.")
N("delict", "Melder, een buschauffeur, werd door een passagier uitgescholden voor 'vuile klootzak' nadat hij de passagier niet liet instappen met een open blik bier.")
N("delict", "Verdachte spoot met een spuitbus 'Kees was hier' en een voetbalclublogo op de muur van het station. Hij werd op heterdaad betrapt.")
N("delict", "Melder verklaarde dat een automobilist uitstapte na een bijna-aanrijding, hem bij zijn kraag pakte en riep: 'Kijk uit je doppen, eikel, of ik sla je kop eraf.'")
N("delict", "Bij de school werd de fiets van een leraar vernield. Het voorwiel was ingetrapt. Geen getuigen.")
N("delict", "Melder, handhaver, werd door een man die een bon kreeg voor fout parkeren met de dood bedreigd: 'Ik maak je af, mannetje.' De man is bekend bij de politie.")
N("delict", "Op het schoolplein vochten twee jongens van 13 om een voetbal. Eén jongen liep een bloedneus op. De school heeft de ouders ingelicht.")
N("delict", "Melder verklaarde dat een onbekende man in het park tegen hem schreeuwde 'rot op, teringlijer' nadat de hond van melder tegen hem op was gesprongen.")
N("delict", "Verdachte werd aangehouden na het bekladden van tientallen verkeersborden met stickers van een techno-feest.")
N("delict", "Melder verklaarde dat een vrouw op de markt haar portemonnee uit haar tas trok en wegrende. Een marktkoopman hield de vrouw tegen.")
N("delict", "Tijdens een ruzie tussen twee taxichauffeurs op de standplaats over wie de volgende klant mocht nemen, werd de ene chauffeur met een paraplu geslagen.")
N("delict", "Melder verklaarde dat haar buurman dreigde haar kat te vergiftigen als die nog één keer in zijn tuin zou poepen.")
N("delict", "Melder ontving een sms met de tekst 'Betaal je schuld of we komen je halen'. Het bleek een phishingbericht dat vaker is gemeld.")

# ---- neutraal-online: neutral online posts ----
N("online", "Melder toonde een bericht in de buurtapp waarin een bewoner waarschuwde voor een man die bij meerdere huizen aanbelde en vroeg naar het 'meteropnemen'. Er werd een foto van de man gedeeld.")
N("online", "Melder werd op Marktplaats opgelicht bij de verkoop van een spelcomputer. De koper stuurde een valse betaallink.")
N("online", "Op Facebook werd in een lokale groep gediscussieerd over de komst van een nieuw AZC. De reacties waren kritisch maar er werden geen beledigingen of bedreigingen aangetroffen.")
N("online", "Melder meldde dat zijn Instagram-account was gehackt en dat de hacker geld vroeg om het terug te geven.")
N("online", "Melder toonde een TikTok-video waarin jongeren een voetbalwedstrijd van het plaatselijke team filmden. Melder vond de video hinderlijk omdat zijn zoon er herkenbaar in stond zonder toestemming.")
N("online", "In een WhatsApp-groep van de voetbalvereniging werd melder uitgescholden voor 'prutser' omdat hij als trainer de verkeerde opstelling had gekozen. Melder wilde het laten vastleggen.")
N("online", "Melder toonde een X-bericht waarin een gebruiker schreef dat de gemeente de Pride-vlag op het stadhuis ook dit jaar weer hijst. Er stonden vooral positieve reacties onder.")
N("online", "Op een forum werd een discussie gevoerd over de vraag of kerken op zondag de klokken mogen luiden. Er werden geen strafbare uitingen gevonden.")
N("online", "Melder verklaarde dat er op Snapchat een naaktfoto van haar werd rondgestuurd door haar ex-vriend. Aangifte van verspreiding van seksueel beeldmateriaal.")
N("online", "Melder meldde dat in een Facebookgroep over de wijk haar kenteken werd gedeeld met de opmerking dat zij slecht parkeerde. Melder vond dit vervelend; er stonden geen bedreigingen bij.")
N("online", "Een moskeebestuur meldde dat hun Facebookpagina nep-advertenties toonde voor een goedkope bedevaartreis. Het bleek om een oplichtingsbende te gaan die vaker berichten plaatst.")
N("online", "Melder toonde een YouTube-video waarin een vlogger over de geschiedenis van de Joodse wijk in Amsterdam vertelt. Melder vroeg of er toestemming nodig was voor het filmen van zijn huis.")
N("online", "In een groepsapp van ouders werd gesproken over de nieuwe leerkracht, die een hoofddoek draagt. Ouders waren vooral benieuwd naar haar ervaring; er werden geen negatieve opmerkingen gemaakt.")
N("online", "Melder verklaarde dat zij online was benaderd door iemand die zich voordeed als haar kleinzoon en om 900 euro vroeg. Het ging om de bekende WhatsApp-fraude.")
N("online", "Melder toonde een Instagram-bericht van een trans influencer waarin zij vertelde over haar transitie. Melder wilde weten of haar dochter van 12 zulke berichten mag zien; er is geen strafbaar feit.")

# ---- neutraal-leeftijd: age as a plain fact ----
N("leeftijd", "Melder, 84 jaar, werd aan de telefoon benaderd door een man die zich voordeed als bankmedewerker. Zij gaf haar pincode en er werd 3000 euro van haar rekening gehaald.")
N("leeftijd", "Een bestuurder van 91 jaar reed bij het inparkeren bij de supermarkt tegen een winkelwagenstalling. Er was alleen materiële schade. De CBR-procedure voor een rijtest is gestart.")
N("leeftijd", "Vermissing van een dementerende man van 79 uit het verpleeghuis De Linde. Hij werd na anderhalf uur door een buurtbewoner bij de bushalte gevonden en teruggebracht.")
N("leeftijd", "Twee jongens van 14 werden aangehouden na het stelen van snoep uit de supermarkt. Zij zijn aan hun ouders overgedragen en doorverwezen naar Halt.")
N("leeftijd", "Melder, 67 jaar, deed aangifte van inbraak in haar tuinhuisje op het volkstuincomplex. Er werden een grasmaaier en gereedschap weggenomen.")
N("leeftijd", "Bij een ongeval op de fietsbrug kwam een fietser van 73 ten val na een botsing met een elektrische fiets. Beide fietsers werden door de ambulance nagekeken.")
N("leeftijd", "Melder verklaarde dat zij als 16-jarige geen alcohol mocht kopen in de supermarkt omdat zij te jong was. Zij was het er niet mee eens, maar de caissière hield zich aan de wet.")
N("leeftijd", "Een groep jongeren van rond de 17 zorgde voor overlast bij het winkelcentrum door met scooters te toeteren. Zij werden aangesproken en vertrokken.")
N("leeftijd", "Melder, 88 jaar, meldde dat zijn thuiszorgmedewerker geld uit zijn portemonnee zou hebben gehaald. Het zorgbureau is ingelicht en de zaak wordt onderzocht.")
N("leeftijd", "Een kind van 6 was op de markt zijn moeder kwijtgeraakt. Het kind werd na tien minuten bij de kraam met bloemen herenigd met zijn moeder.")
N("leeftijd", "Melder, 70 jaar, wilde weten of hij op zijn leeftijd nog verplicht een medische keuring moet doen voor zijn rijbewijs. Doorverwezen naar het CBR.")
N("leeftijd", "Bij de seniorenflat aan de Lindelaan werd een babbeltruc gepleegd. Een vrouw van 82 liet een man binnen die zich voordeed als loodgieter; hij nam sieraden mee.")

# ---- neutraal-geslacht: sex or gender as a plain fact ----
N("geslacht", "Melder, een vrouw van 35, deed aangifte van diefstal van haar handtas uit de winkelwagen in de supermarkt. Zij had de tas even onbeheerd gelaten bij de groenteafdeling.")
N("geslacht", "Een vrouwelijke bestuurder reed op de Ringweg achterop een stilstaande auto. Geen gewonden; beide auto's zijn weggesleept.")
N("geslacht", "Verdachte, een vrouw van 28, werd aangehouden wegens winkeldiefstal bij de drogist. Zij had voor 80 euro aan cosmetica in haar tas.")
N("geslacht", "Melder verklaarde dat zij als vrouwelijke beveiliger bij het festival werd ingezet bij de ingang voor de fouillering van vrouwen. Zij meldde een bezoeker die een bierflesje naar haar gooide omdat hij niet naar binnen mocht met zijn eigen drank.")
N("geslacht", "De vrouwen van de damesvoetbalclub meldden dat er in hun kleedkamer was ingebroken tijdens de training. Er werden telefoons en portemonnees meegenomen.")
N("geslacht", "Melder, een moeder van drie kinderen, deed aangifte tegen haar ex-man omdat hij de alimentatie niet meer betaalt. Doorverwezen naar het LBIO, geen strafbaar feit.")
N("geslacht", "Een man en een vrouw kregen ruzie in de trein over een zitplaats. Beiden verlieten de trein op het volgende station.")
N("geslacht", "Melder verklaarde dat zij als enige vrouw in haar ploeg werkt op de bouw en dat haar gereedschapskist uit de bouwkeet was gestolen. Ook bij twee mannelijke collega's werd gereedschap weggenomen.")
N("geslacht", "In het vrouwenhuis werd een medewerker bedreigd door een bezoeker die niet naar binnen mocht buiten de bezoekuren. De bezoeker werd verwijderd.")
N("geslacht", "Melder, een vrouw van 52, meldde dat haar auto was opengebroken bij het sportcentrum. Er lag een sporttas op de achterbank.")
N("geslacht", "De agente die de aangifte opnam, werd door de melder gevraagd of zij ook een mannelijke collega kon halen omdat het om een medische kwestie ging. Dit is gedaan.")
N("geslacht", "Bij een verkeerscontrole werd een vrouwelijke bestuurder betrapt op het gebruik van haar telefoon tijdens het rijden. Bekeuring uitgeschreven.")

# ---- neutraal-identiteit: sexual orientation or gender identity as a plain fact ----
N("identiteit", "Melder, een transvrouw, deed aangifte van diefstal van haar fiets bij het station. Het slot was doorgeknipt. Zij verklaarde dat er die avond meer fietsen zijn gestolen.")
N("identiteit", "Melder en zijn man deden samen aangifte van inbraak in hun woning aan de Populierenlaan. De inbrekers kwamen binnen via het achterraam.")
N("identiteit", "Een lesbisch stel meldde dat hun auto bij het parkeren was aangereden door een busje dat doorreed. Zij hebben het kenteken genoteerd.")
N("identiteit", "Melder, non-binair, vroeg bij het opnemen van de aangifte om met 'die' te worden aangesproken. Aangifte van oplichting via een webwinkel.")
N("identiteit", "De homobar in het centrum meldde dat er 's nachts een ruit was ingegooid. Het bleek een dronken man die eerder die nacht ook bij de kapper en de slager ruiten had ingegooid; hij is aangehouden.")
N("identiteit", "Melder, een homoseksuele man van 40, deed aangifte van oplichting via een datingsite. Hij had 1500 euro overgemaakt aan iemand die zei in het buitenland vast te zitten.")
N("identiteit", "Een transman meldde dat zijn nieuwe paspoort nog niet was aangekomen en dat hij de verkeerde naam op zijn oude identiteitsbewijs heeft. Hij wilde weten of hij daarmee kon reizen. Doorverwezen naar de gemeente.")
N("identiteit", "Tijdens de Roze Zaterdag raakte een bezoeker onwel door de hitte. De EHBO heeft hem verzorgd.")
N("identiteit", "Melder, een biseksuele vrouw, had ruzie met haar vriendin over de huur van hun gezamenlijke woning. Er was geen geweld; beide partijen wilden alleen weten wat hun rechten zijn.")
N("identiteit", "Het COC meldde dat er een pakket bij de voordeur was achtergelaten. Na onderzoek bleek het om een zending folders te gaan die verkeerd was bezorgd.")

# ---- neutraal-godsdienst: religion or religious dress as a plain fact ----
N("godsdienst", "Melder, een vrouw met een hoofddoek, deed aangifte van diefstal van haar telefoon in de bus. Zij had de telefoon in haar jaszak en merkte pas bij het uitstappen dat hij weg was.")
N("godsdienst", "Verdachte, een man met een keppel, werd aangehouden na een aanrijding waarbij hij doorreed. Hij verklaarde dat hij de schade niet had gemerkt.")
N("godsdienst", "De pastoor van de parochie meldde dat de offerblokken in de kerk waren opengebroken. Er werd ongeveer 80 euro weggenomen.")
N("godsdienst", "Tijdens het Suikerfeest was er veel drukte rond het park. De politie regelde het verkeer; er waren geen incidenten.")
N("godsdienst", "Melder, een orthodox-joodse man, meldde dat zijn auto was weggesleept omdat hij op een invalidenplaats stond. Hij had geen kaart. Doorverwezen naar de gemeente.")
N("godsdienst", "Een vrouw in een nikab werd als getuige gehoord bij een aanrijding. Zij verklaarde dat de rode auto door het stoplicht reed.")
N("godsdienst", "Tijdens de kerstnachtdienst in de Grote Kerk werd een tas van een bezoeker gestolen. Er zijn camerabeelden opgevraagd.")
N("godsdienst", "Melder, een Sikh met een tulband, deed aangifte van het vernielen van de spiegel van zijn auto. Volgens getuigen reed een fietser er per ongeluk tegenaan en fietste door.")
N("godsdienst", "De imam van de moskee meldde dat er een verdachte auto voor de deur stond. Het bleek een taxichauffeur die op zijn klant wachtte.")
N("godsdienst", "Melder, een hindoe, vroeg of hij tijdens het Divali-feest vuurwerk mocht afsteken in de tuin. Doorverwezen naar de regels van de gemeente.")
N("godsdienst", "Een verdachte van diefstal verklaarde bij het verhoor dat hij moslim is en vroeg of hij tijdens de ramadan na zonsondergang kon eten. Dit werd geregeld.")
N("godsdienst", "Melder, een evangelische christen, had ruzie met zijn broer over de verkoop van het ouderlijk huis. Er werden dreigende berichten gestuurd die alleen over geld gingen.")

# ---- neutraal-overig: other near misses ----
N("overig", "Een dakloze man werd in de nacht onderkoeld aangetroffen in het park. De ambulance heeft hem meegenomen; daarna werd hij naar de nachtopvang gebracht.")
N("overig", "Op het woonwagenkamp werd een aggregaat gestolen. De bewoners hebben camerabeelden aangeleverd waarop een busje te zien is.")
N("overig", "Tijdens een politieke bijeenkomst in het buurthuis was het druk. Er werd fel gediscussieerd over de bouwplannen, maar er waren geen incidenten.")
N("overig", "Melder, een alleenstaande moeder, vroeg advies over een conflict met haar ex over de omgang met hun zoon. Doorverwezen naar het Juridisch Loket.")
N("overig", "Een verkiezingsbord bij het station was omgewaaid tijdens de storm. De gemeente heeft het teruggezet.")
N("overig", "Melder, die in de bijstand zit, deed aangifte van diefstal van zijn fiets bij de bibliotheek. Het slot lag nog op de grond.")
N("overig", "Bij de daklozenopvang ontstond ruzie tussen twee bewoners over een slaapplek. Eén van hen werd de toegang ontzegd voor die nacht vanwege geweld.")
N("overig", "Melder, een kermisexploitant, meldde dat er van zijn attractie koperen kabels waren gestolen. De schade wordt geschat op 2000 euro.")

# --- more cases above this line ---


def main():
    rng = random.Random(7)
    here = os.path.dirname(os.path.abspath(__file__))
    seen_core, seen_final = set(), set()
    rows = []
    for grounds, text, label in CASES:
        assert "\t" not in text and "\n" not in text, text
        assert text not in seen_core, "duplicate core text: " + text
        seen_core.add(text)
        if grounds:
            for g in grounds.split(","):
                assert g in GROUNDS, (g, text)
            assert label in MANIFESTATIONS, (label, text)
        else:
            assert label.startswith("neutraal-") and label[9:] in NEUTRAL_KINDS, (label, text)
        final = vary(text, rng)
        assert final not in seen_final, "duplicate text: " + final
        seen_final.add(final)
        rows.append((grounds, final, label))

    parts = {"dev": [], "heldout": []}
    for row in rows:
        b = hashlib.sha256(("regs7:" + row[1]).encode("utf-8")).digest()[0]
        parts["heldout" if b % 10 < 3 else "dev"].append(row)

    names = {"dev": ("registrations-dev7.tsv", "development part"),
             "heldout": ("registrations-heldout7.tsv", "held-out part")}
    for key, (fname, desc) in names.items():
        with open(os.path.join(here, fname), "w", encoding="utf-8") as f:
            f.write("# Realistic registrations (seventh set), %s. Generated by "
                    "screen/testdata/gendev7.py; do not edit by hand.\n" % desc)
            f.write("# grounds TAB text TAB label (manifestation, or neutraal-kind)\n")
            f.write("grounds\ttext\n")
            for grounds, text, label in parts[key]:
                f.write("%s\t%s\t%s\n" % (grounds, text, label))

    disc = [r for r in rows if r[0]]
    neut = [r for r in rows if not r[0]]
    per_ground = Counter(g for r in disc for g in r[0].split(","))
    per_label = Counter(r[2] for r in rows)
    print("rows: %d (discriminatory %d, neutral %d); dev %d, held-out %d"
          % (len(rows), len(disc), len(neut), len(parts["dev"]), len(parts["heldout"])))
    print("grounds:", ", ".join("%s %d" % kv for kv in sorted(per_ground.items())))
    print("labels:", ", ".join("%s %d" % kv for kv in sorted(per_label.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
