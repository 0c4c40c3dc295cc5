#!/usr/bin/env python3
"""The lead's first development set: HateCheck functions (Dutch) and police registrations,
written apart from the other sets (dev: its misses were read)."""
import random
import genlead_common as common
from genlead_common import swap, dele, dbl, spaced
random.seed(20261202)

# group: (ground, plural form, pronoun-ish singular noun for slur frames)
groups = {
 'vrouwen': ('geslacht', 'vrouwen'),
 'trans': ('genderidentiteit', 'transpersonen'),
 'homos': ('seksuele_gerichtheid', "homo's"),
 'zwarten': ('herkomst', 'zwarte mensen'),
 'gehandicapten': ('handicap', 'gehandicapten'),
 'moslims': ('godsdienst', 'moslims'),
 'immigranten': ('herkomst', 'immigranten'),
 'joden': ('antisemitisme', 'joden'),
 'lesbiennes': ('seksuele_gerichtheid', 'lesbiennes'),
 'turken': ('herkomst', 'Turken'),
}
G = lambda k: groups[k][1]

hate = [
 ('haat', "Ik haat {g}."),
 ('haat', "Ik kan {g} echt niet uitstaan."),
 ('haat', "Ik walg van {g}."),
 ('haat', "Niets zo irritant als {g}, ik heb er zo'n hekel aan."),
 ('attr', "{G} zijn walgelijk."),
 ('attr', "{G} zijn de domste mensen die er bestaan."),
 ('attr', "Alle {g} zijn vies en lui."),
 ('attr', "{G} zijn gewoon minderwaardig."),
 ('ontmens', "{G} zijn niets meer dan ongedierte."),
 ('ontmens', "{G} horen in een dierentuin."),
 ('ontmens', "{G} zijn net beesten."),
 ('ontmens', "{G} zijn een plaag voor dit land."),
 ('impl', "{G} moet je niet serieus nemen, die zijn nog dommer dan een stoeptegel."),
 ('impl', "Ik zou nooit een buurman willen hebben die bij de {g} hoort, dan daalt je huis in waarde."),
 ('dreig', "Ik ga al die {g} afmaken."),
 ('dreig', "Ik zal elke {g1} die ik tegenkom in elkaar slaan."),
 ('dreig', "Wacht maar tot ik jullie {g} te pakken krijg, dan ben je dood."),
 ('norm', "{G} zouden allemaal vergast moeten worden."),
 ('norm', "{G} verdienen het om af te zien."),
 ('norm', "Het zou beter zijn als alle {g} werden opgehangen."),
 ('norm', "{G} horen hier niet thuis en moeten het land uit."),
 ('norm', "{G} zouden geen stemrecht moeten hebben."),
 ('prof', "Fuck alle {g}."),
 ('prof', "Kanker {g}, allemaal."),
 ('pron', "Ik heb een hekel aan {g}, ze zijn allemaal hetzelfde: tuig."),
 ('pron', "Ken je {g}? Ik kan ze niet luchten of zien."),
 ('neg', "{G} zijn nooit intelligent."),
 ('neg', "Er is geen enkele {g1} die iets waard is."),
 ('vraag', "Waarom zijn {g} toch altijd zo achterlijk?"),
 ('vraag', "Waarom mogen {g} hier überhaupt wonen?"),
 ('mening', "Ik vind dat {g} minder waard zijn dan wij."),
 ('mening', "Volgens mij zijn {g} een ziekte voor de samenleving."),
]
singular = {'vrouwen': 'vrouw', 'trans': 'transpersoon', 'homos': 'homo', 'zwarten': 'zwarte',
 'gehandicapten': 'gehandicapte', 'moslims': 'moslim', 'immigranten': 'immigrant', 'joden': 'jood',
 'lesbiennes': 'lesbienne', 'turken': 'Turk'}

slurs = [
 ('herkomst', "Rot op, vuile nikker."), ('herkomst', "Hé roetmop, kom eens hier."),
 ('herkomst', "Dat is toch gewoon een bosneger."), ('herkomst', "Kutmarokkaan, ga terug naar je land."),
 ('herkomst', "Wat moet die geitenneuker hier?"), ('herkomst', "Weer zo'n kakkerlak uit het oosten."),
 ('herkomst', "Die gelukszoekers komen alleen voor ons geld."), ('herkomst', "Zandneger, wegwezen."),
 ('herkomst', "Ze sturen ons weer een paar cadeautjes uit Afrika."), ('herkomst', "Spleetoog, leer eerst Nederlands."),
 ('herkomst', "Ik word niet geholpen door een apenkop."), ('herkomst', "Bruine aap!"),
 ('godsdienst', "Baardaap, ga terug naar je moskee."), ('godsdienst', "Die hoofddoekjes moeten het land uit."),
 ('godsdienst', "Wat een stelletje mohammedanen met hun geblaat."),
 ('antisemitisme', "Vuile kankerjood."), ('antisemitisme', "Hamas, Hamas, alle joden aan het gas."),
 ('antisemitisme', "Die smous wil alleen maar geld."), ('antisemitisme', "Joden zijn de baas over de banken en de media."),
 ('seksuele_gerichtheid', "Vuile flikker."), ('seksuele_gerichtheid', "Je bent een smerige nicht."),
 ('seksuele_gerichtheid', "Vieze pot, blijf uit mijn buurt."), ('seksuele_gerichtheid', "Wat een mietje ben jij."),
 ('seksuele_gerichtheid', "Hij is een vuile homo."), ('seksuele_gerichtheid', "Die janet moet niet zo zeuren."),
 ('seksuele_gerichtheid', "Kijk die poot eens lopen."), ('seksuele_gerichtheid', "Ga weg, reetridder."),
 ('genderidentiteit', "Dat is geen vrouw, dat is een vent in een jurk."), ('genderidentiteit', "Vuile travo."),
 ('genderidentiteit', "Het is een ding, geen mens."),
 ('geslacht', "Hou je bek, kutwijf."), ('geslacht', "Vuile teef."), ('geslacht', "Vrouwen horen achter het aanrecht."),
 ('geslacht', "Wat een domme slet ben jij."),
 ('handicap', "Kankermongool."), ('handicap', "Lopen, spast!"), ('handicap', "Wat doet die mongool hier?"),
 ('handicap', "Zo'n debiel in een rolstoel moet niet in de trein."), ('handicap', "Vuile spasticus."),
 ('handicap', "Die zwakzinnige moet opgesloten worden."),
 ('leeftijd', "Die ouwe lijken moeten opzouten, ze kosten ons alleen maar geld."),
]

# spelling perturbations on one key word
leetmap = {'a': '4', 'e': '3', 'i': '1', 'o': '0', 's': '5', 't': '7'}
leet = lambda w: common.leet(w, leetmap, 0.6)

rows = []
def add(ground, text, label): rows.append((ground, text, label))

for k in groups:
    ground = groups[k][0]
    for fn, t in hate:
        g = G(k); g1 = singular[k]
        text = t.replace('{G}', g[0].upper()+g[1:]).replace('{g}', g).replace('{g1}', g1)
        add(ground, text, f'{k}/gewoon')
    # spelling tricks: pick 3 templates, perturb the group word or the hostile word
    for trick, fnc in [('verwisseld', swap), ('weggelaten', dele), ('spaties', spaced), ('cijfers', leet)]:
        for t in random.sample(hate, 3):
            _, tmpl = t
            g = G(k).split()[-1]
            w = g.replace("'", '')
            pert = fnc(w) if len(w) > 4 else w
            text = tmpl.replace('{G}', G(k).replace(g, pert)[0].upper()+G(k).replace(g, pert)[1:]).replace('{g}', G(k).replace(g, pert)).replace('{g1}', singular[k])
            add(ground, text, f'{k}/{trick}')
    # run together: group word glued to the preceding word
    for t in random.sample([h for h in hate if '{g}' in h[1]], 3):
        tmpl = t[1]
        i = tmpl.index('{g}')
        # remove the space before {g}
        pre = tmpl[:i].rstrip(' ')
        text = (pre + '{g}' + tmpl[i+3:]).replace('{g}', G(k)).replace('{g1}', singular[k])
        add(ground, text, f'{k}/aaneen')

for ground, s in slurs:
    add(ground, s, 'scheldwoord/gewoon')

# non-hateful, with a group
for k in groups:
    g = G(k); Gc = g[0].upper()+g[1:]
    for t in ["Ik ben trots dat ik bij de {g} hoor.", "Ik hou van {g}.", "{G} zijn net zo waardevol als ieder ander.",
              "Mijn beste vrienden zijn {g}.", "Als je zegt dat je {g} haat, ben je zelf het probleem.",
              "Uitspraken als '{G} zijn ongedierte' zijn walgelijk en moeten stoppen.",
              "Ik haat {g} niet.", "Er wonen veel {g} in onze wijk."]:
        add('-', t.replace('{G}', Gc).replace('{g}', g), f'neutraal/{k}')

# no group reference at all
nogroup = ["Ik haat maandagochtenden.", "Politici zijn allemaal leugenaars.", "Ik haat je, je bent een klootzak.",
 "Wat een kutdag was dit.", "Die scheidsrechter is een blinde idioot.", "Ik walg van spruitjes.",
 "Toeristen zijn soms zo irritant.", "Ik ga je vermoorden als je mijn chips opeet, haha.",
 "Fuck die file op de A2.", "Muggen zijn ongedierte, die moeten allemaal dood.", "Jij bent zo dom als het achtereind van een varken.",
 "Ik kan mijn baas niet uitstaan.", "Bankiers zijn een plaag voor de economie.", "Wat een tering weer vandaag.",
 "Die kat van de buren is een rotbeest.", "Ajax-fans zijn het ergste tuig van Nederland.", "Ik sla je kop in als je dat nog een keer doet.",
 "Zet de pot met soep maar op het vuur.", "Mijn nicht komt morgen op bezoek.", "De teef heeft zes puppy's gekregen.",
 "Hij is zo'n mietje als het om spinnen gaat, zei zijn vrouw lachend.", "Ratten zijn vies en moeten uit de schuur.",
 "Ik heb een hekel aan mensen die door rood rijden.", "Hufters die hun hond laten poepen op de stoep moeten een boete krijgen.",
 "Wat een kankerherrie maken die bouwvakkers.", "Die advocaten zijn allemaal aasgieren.", "Ik zou die wesp wel dood kunnen slaan.",
 "Vuile vaat staat nog in de gootsteen.", "Die vent van de helpdesk is een idioot.", "Alle fietsendieven moeten opgesloten worden."]
for t in nogroup:
    add('-', t, 'geen_groep/gewoon')

# realistic registrations (lead-written)
regs_pos = [
 ('herkomst', "Melder verklaarde dat zij bij de ingang van discotheek De Kroon werd tegengehouden. De portier zei: 'Vanavond geen buitenlanders meer.' Haar witte vriendinnen mochten wel naar binnen."),
 ('herkomst', "Aangever, van Surinaamse afkomst, werd in de tram door een onbekende man uitgemaakt voor 'zwarte aap' en bespuugd."),
 ('herkomst', "Mutatie: mld belde 112, buurman schreeuwt al weken 'Marokkanen het land uit' vanaf balkon. Vandaag ook stoeptegel door ruit mld gegooid."),
 ('herkomst', "Op de gevel van de Turkse bakkerij was met zwarte verf 'Turken rot op' gekalkt."),
 ('herkomst', "Tijdens de wedstrijd werden vanaf de tribune oerwoudgeluiden gemaakt zodra de speler van Ghanese afkomst aan de bal kwam."),
 ('herkomst', "De verhuurder liet via WhatsApp weten dat hij 'liever geen Polen' in zijn woning wilde, omdat die 'altijd zuipen'."),
 ('herkomst', "Aangeefster werd na het sollicitatiegesprek gebeld: de functie was vervuld. Een collega hoorde de manager zeggen dat hij 'geen hoofddoek aan de balie' wilde."),
 ('herkomst', "Verdachte riep tegen de Chinese eigenaar van het restaurant dat hij 'zijn virus mee terug moest nemen naar China'."),
 ('herkomst', "Betrokkene plaatste op Facebook: 'Die asielzoekers in het AZC moeten we gewoon in de fik steken.'"),
 ('herkomst', "Taxichauffeur weigerde aangever mee te nemen en zei dat hij 'geen negers in zijn auto' wilde."),
 ('godsdienst', "Bij de moskee aan de Vaartweg werd een varkenskop op het hek gespietst met de tekst 'Islam = kanker'."),
 ('godsdienst', "Aangeefster verklaarde dat een man haar hoofddoek van haar hoofd trok en riep: 'In Nederland doen we dat niet, terrorist.'"),
 ('godsdienst', "De leerling werd door klasgenoten dagelijks 'bommenlegger' genoemd omdat hij moslim is."),
 ('antisemitisme', "Op de deur van de synagoge was een hakenkruis gekrast met daaronder '1488'."),
 ('antisemitisme', "Aangever, herkenbaar aan zijn keppel, werd op het station nageroepen: 'Vuile jood, Hitler had gelijk.'"),
 ('antisemitisme', "Via Instagram ontving melder berichten als 'jullie joden moeten het gas in' na een post over Israël."),
 ('antisemitisme', "Tijdens de demonstratie werd gescandeerd 'Joden aan het gas'. Er zijn beelden beschikbaar."),
 ('antisemitisme', "Verdachte zei in de kantine dat de Holocaust nooit heeft plaatsgevonden en dat het 'een verzinsel van de joden' is."),
 ('seksuele_gerichtheid', "Twee mannen liepen hand in hand over de Oudegracht toen een groep jongeren hen 'vieze homo's' noemde en een van hen in het gezicht sloeg."),
 ('seksuele_gerichtheid', "Op de regenboogbank in het park was 'dood aan alle flikkers' gespoten."),
 ('seksuele_gerichtheid', "Aangeefster werd door haar buurman bedreigd: 'Als jij en je vriendin hier blijven wonen, steek ik jullie huis in brand, lesbische teringwijven.'"),
 ('seksuele_gerichtheid', "Melder verklaarde dat de verhuurder het contract opzegde nadat hij ontdekte dat melder een vriend had en niet een vriendin."),
 ('seksuele_gerichtheid', "De trainer zei tegen de speler dat 'homo's niet in zijn team' hoorden en zette hem uit de selectie."),
 ('genderidentiteit', "Aangeefster, een transvrouw, werd in de bus uitgescholden voor 'gestoorde vent in een jurk' en geduwd."),
 ('genderidentiteit', "Bij het zwembad werd betrokkene de toegang tot de kleedkamer geweigerd omdat zij transgender is."),
 ('genderidentiteit', "Op school werd de leerling door een docent bewust met zijn oude naam aangesproken en uitgelachen omdat hij trans is."),
 ('geslacht', "De werkgever vertelde aangeefster dat ze de promotie niet kreeg omdat ze 'toch binnenkort zwanger wordt'."),
 ('geslacht', "Verdachte stuurde de agente berichten als 'vrouwen horen niet bij de politie, ga terug naar je keuken'."),
 ('geslacht', "Melder werd op straat nageroepen 'hoer, kutwijf' door een groep mannen, alleen omdat ze een korte rok droeg."),
 ('handicap', "De buschauffeur weigerde aangever met zijn rolstoel mee te nemen en zei dat 'zulke mensen' maar thuis moesten blijven."),
 ('handicap', "Aangeefster, die doof is, werd door de kassamedewerker uitgelachen en 'achterlijk' genoemd toen ze liplas."),
 ('handicap', "Een groep jongens filmde hoe zij de jongen met het syndroom van Down uitscholden voor 'mongool' en zetten het op TikTok."),
 ('handicap', "Melder met een blindengeleidehond werd de toegang tot het restaurant geweigerd."),
 ('leeftijd', "De vacature vermeldde 'maximaal 35 jaar'; aangever van 52 werd direct afgewezen vanwege zijn leeftijd."),
 ('leeftijd', "De uitzendbureau-medewerker zei tegen aangeefster dat ze 'te oud' was voor het magazijnwerk en dat ze jonge mensen zochten."),
 ('herkomst', "Tijdens de controle zei collega tegen verdachte: 'Jullie Antillianen zijn allemaal hetzelfde, dieven.'"),
 ('herkomst', "Aangever hoorde zijn buurvrouw tegen haar kinderen zeggen dat ze niet met 'die bruine kinderen' mochten spelen, en daarna riep ze 'pak je biezen, terug naar je eigen land'."),
 ('herkomst', "In een groepsapp van collega's werd een foto van een zwarte collega gedeeld met de tekst 'nieuwe aap in de dierentuin'."),
 ('herkomst', "De makelaar gaf aan dat de eigenaar 'alleen Nederlandse huurders' wilde."),
 ('godsdienst', "Betrokkene plaatste op X: 'Elke moslim is een potentiële terrorist, deporteer ze allemaal.'"),
]
regs_neg = [
 "Signalement: man, ca. 1.80 m, Marokkaans uiterlijk, donkere jas, sprak gebroken Nederlands.",
 "Inbraak in de opslagruimte van de moskee aan de Vaartweg; er zijn geluidsboxen weggenomen.",
 "Aanrijding op het regenboogzebrapad bij het stadhuis. Geen letsel, schade aan beide voertuigen.",
 "Aangever, een Poolse vrachtwagenchauffeur, verklaarde dat zijn portemonnee uit de cabine was gestolen.",
 "Melder in rolstoel kon zijn woning niet in omdat de lift defect was. Woningcorporatie ingelicht.",
 "Ruzie tussen twee buren over een schutting. Partijen scholden elkaar uit voor 'klootzak' en 'idioot'. Beide aangesproken.",
 "Bij de synagoge werd een verdachte auto gezien; na controle bleek het een bezorger te zijn.",
 "De Turkse eigenaar van de snackbar deed aangifte van vernieling van zijn terrasstoelen.",
 "Melder, homoseksueel, meldde dat zijn fiets was gestolen bij het station.",
 "Tijdens de Pride-botenparade werd een zakkenroller aangehouden.",
 "Aangeefster, van Surinaamse afkomst, deed aangifte van oplichting via een nep-webwinkel.",
 "Betrokkene, een transvrouw, meldde dat haar auto was opengebroken. Er werd een laptop weggenomen.",
 "Gesprek met het bestuur van het COC over de veiligheid tijdens het komende evenement.",
 "Een dove man werd aangereden door een scooter. Tolk gebarentaal ingeschakeld bij het verhoor.",
 "Verdachte, een 17-jarige jongen van Syrische afkomst, werd aangehouden voor winkeldiefstal.",
 "Voorlichting op de basisschool over discriminatie en pesten, gegeven door de wijkagent.",
 "Melder verklaarde dat de joodse begraafplaats opnieuw toegankelijk is na het herstel van het hek.",
 "Vrouw van 84 jaar viel in de supermarkt; ambulance ter plaatse, geen misdrijf.",
 "Collega's van het basisteam namen deel aan de training 'Politie voor iedereen'.",
 "Aangever verklaarde dat een onbekende man hem sloeg na een verkeersruzie en hem 'eikel' noemde.",
 "Jongeren hingen rond bij de moskee en maakten lawaai; na aanspreken vertrokken zij.",
 "De islamitische basisschool meldde dat er een ruit was ingegooid; geen aanwijzingen voor een motief, bal in de buurt gevonden.",
 "Melder, blind, was haar geleidehond kwijt in het park. Hond teruggevonden bij de vijver.",
 "Werknemer van het asielzoekerscentrum meldde een brandje in de keuken; brandweer heeft het geblust.",
 "Controle horeca: de portier van discotheek De Kroon had geen geldig diploma beveiliging.",
 "Verdachte zei tegen de agent: 'Jij bent een kankerlijer, laat me los.' Aangehouden voor belediging van een ambtenaar.",
 "Aangeefster, hoofddoek dragend, verklaarde dat haar tas was gestolen in de bus.",
 "Bespreking met de imam over de verkeersafwikkeling tijdens het Suikerfeest.",
 "Man met een verstandelijke beperking was vermist en is teruggevonden bij het station.",
 "Buurtbewoners klagen over geluidsoverlast van een feest in de Chinese gemeenschapszaal.",
]
for g, t in regs_pos: add(g, t, 'registratie')
for t in regs_neg: add('-', t, 'neutraal-registratie')

hc = [r for r in rows if r[2] not in ('registratie', 'neutraal-registratie')]
rg = [r for r in rows if r[2] in ('registratie', 'neutraal-registratie')]
for name, data in [('hatecheck-lead-dev1.tsv', hc), ('registrations-lead-dev.tsv', rg)]:
    print(name, common.write_set(name, 'Lead-written development set 1 (HateCheck functions and registrations, written apart from the other sets). Generated by screen/testdata/genlead-dev1.py; do not edit by hand.', data))
