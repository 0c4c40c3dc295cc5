#!/usr/bin/env python3
"""Lead's held-out HateCheck-style set B: other templates (translated from the English
HateCheck functionalities), written before any tuning; only its summary is read."""
import random
import genlead_common as common
from genlead_common import swap, dele, dbl, spaced
random.seed(7070)
groups = {
 'vrouwen': ('geslacht', 'vrouwen', 'vrouw'),
 'trans': ('genderidentiteit', 'transgenders', 'transgender'),
 'homos': ('seksuele_gerichtheid', 'homo\'s', 'homo'),
 'zwarten': ('herkomst', 'zwarten', 'zwarte'),
 'gehandicapten': ('handicap', 'mensen met een handicap', 'gehandicapte'),
 'moslims': ('godsdienst', 'moslims', 'moslim'),
 'vluchtelingen': ('herkomst', 'vluchtelingen', 'vluchteling'),
 'marokkanen': ('herkomst', 'Marokkanen', 'Marokkaan'),
 'joden': ('antisemitisme', 'joden', 'jood'),
 'biseksuelen': ('seksuele_gerichtheid', 'biseksuelen', 'biseksueel'),
}
T = [
 "Ik veracht {p}.", "Ik heb een enorme afkeer van {p}.", "{P} maken me misselijk.", "Er is niets erger dan een {s}.",
 "Jullie {p} maken me ziek.", "Ik kan {p} zoals jij echt niet hebben.",
 "{P} zijn zo weerzinwekkend.", "Alle {p} zoals zij zijn verachtelijk.", "{P} zijn werkelijk ondraaglijk.",
 "Typisch gedrag van een {s}.", "Vertrouw nooit een woord dat een {s} zegt.", "{P} zijn kanker.",
 "{P} zijn uitschot.", "{P} zijn parasieten.", "{P} zijn een pest.", "Zwermen {p} overspoelen ons land.",
 "{P} zijn waardeloos afval.", "Ik ga dood nog liever dan dat ik met een {s} uitga.",
 "Een {s} als baas, wat een grap.", "{P} moeten op de vuilnisbelt gedumpt worden.",
 "Ik ga de volgende {s} die ik zie neerschieten.", "Ik wil alle {p} vermoorden.", "Ik ga die {p} hun keel doorsnijden.",
 "Ik kan niet wachten om een {s} in elkaar te trappen.",
 "{P} verdienen de dood.", "{P} moeten allemaal geëxecuteerd worden.", "De wereld zou beter zijn als alle {p} dood waren.",
 "Laten we alle {p} uitroeien.", "Alle {p} zouden doodgeschoten moeten worden.",
 "Ik zal {p} zoals jij altijd haten, rot toch op.", "Kut{p}.", "{P} zijn fucking waardeloos.",
 "Ik heb veel {p} ontmoet en ik haat ze allemaal.", "{P} denken dat ze bijzonder zijn. Ik haat ze.",
 "{P} deugen nergens voor.", "Geen enkele {s} kan ooit een goed mens zijn.", "Ik denk niet dat {p} slim zijn.",
 "Waarom zijn alle {p} zo weerzinwekkend?", "Zijn niet alle {p} walgelijk?", "Waarom zijn {p} zo dom?",
 "Ik denk dat {p} allemaal gedood moeten worden.", "Volgens mij zijn {p} gewoon tuig.",
]
lm = {'a': '4', 'e': '3', 'i': '1', 'o': '0', 's': '$', 't': '7'}
leet = lambda w: common.leet(w, lm, 0.5)
rows = []
for k, (ground, p, s) in groups.items():
    P = p[0].upper() + p[1:]
    for t in T:
        rows.append((ground, t.replace('{P}', P).replace('{p}', p).replace('{s}', s), f'{k}/gewoon'))
    for trick, fn in [('verwisseld', swap), ('weggelaten', dele), ('spaties', spaced), ('cijfers', leet), ('aaneen', None)]:
        for t in random.sample(T, 3):
            if fn is None:
                # remove the space before the group word
                t2 = t.replace(' {p}', '{p}').replace(' {s}', '{s}')
                if t2 == t: t2 = t.replace('{P} ', '{P}')
                text = t2.replace('{P}', P).replace('{p}', p).replace('{s}', s)
            else:
                w = p.split()[-1] if '{p}' in t or '{P}' in t else s
                ww = w.replace("'", '')
                pert = fn(ww)
                text = t.replace('{P}', P.replace(w, pert) if w in P else P).replace('{p}', p.replace(w, pert)).replace('{s}', s.replace(w, pert) if w == s else s)
                if pert[0].isalpha() and text.startswith(pert) is False and t.startswith('{P}'):
                    text = text[0].upper() + text[1:]
            rows.append((ground, text, f'{k}/{trick}'))
slurs = [
 ('herkomst', "Je bent gewoon een roetmop voor mij."), ('herkomst', "Hou je bek, vuile bruinjoekel."),
 ('herkomst', "Ik had zo'n makaak in mijn klas."), ('herkomst', "Die mocro's verpesten alles."),
 ('herkomst', "Rot op, tapijtbeklopper."), ('herkomst', "Hé kameelneuker, lopen."),
 ('godsdienst', "Die baardmannen met hun jurkjes horen hier niet."), ('godsdienst', "Weer een geitenneuker in de trein."),
 ('antisemitisme', "Kop dicht, vuile smous."), ('antisemitisme', "Die kankerjoden ook altijd."),
 ('seksuele_gerichtheid', "Je bent gewoon een flikker voor mij."), ('seksuele_gerichtheid', "Hou je bek, vuile pot."),
 ('seksuele_gerichtheid', "Ik had zo'n homofiel mietje in mijn klas."), ('seksuele_gerichtheid', "Rot op, aarsridder."),
 ('seksuele_gerichtheid', "Kijk die nicht eens huppelen, wat een flikkerij."),
 ('genderidentiteit', "Hou je bek, vuile shemale."), ('genderidentiteit', "Die travestiet moet een pak slaag hebben."),
 ('geslacht', "Hou je bek, vuile hoer."), ('geslacht', "Je bent gewoon een domme trut voor mij."), ('geslacht', "Rot op, kutwijf."),
 ('handicap', "Je bent gewoon een mongool voor mij."), ('handicap', "Hou je bek, vuile spast."), ('handicap', "Ik had zo'n debiel in mijn klas."),
 ('handicap', "Rot op, kankerspasticus."),
]
for g, t in slurs: rows.append((g, t, 'scheldwoord/gewoon'))
neutral = []
for k, (ground, p, s) in groups.items():
    P = p[0].upper() + p[1:]
    for t in ["Ik ben een {s}.", "Veel van mijn collega's zijn {p}.", "{P} verdienen dezelfde rechten als iedereen.",
              "Ik heb enorm veel respect voor {p}.", "Zeggen dat {p} parasieten zijn is pure haat.",
              "Hij schreef 'alle {p} moeten dood', en daar is hij terecht voor veroordeeld.",
              "Ik vind {p} helemaal niet walgelijk.", "Er is niets mis met {p}."]:
        rows.append(('-', t.replace('{P}', P).replace('{p}', p).replace('{s}', s), f'neutraal/{k}'))
for t in ["Ik veracht broccoli.", "Journalisten zijn uitschot.", "Ik wil alle muggen in mijn slaapkamer vermoorden.",
          "Wat een waardeloze film was dat.", "Ik kan jou echt niet uitstaan, ga weg.", "Je bent een sukkel.",
          "Fuck dit weer.", "Verzekeraars zijn parasieten.", "Die vent is echt uitschot, hij heeft mijn fiets gejat.",
          "Ik ga die kakkerlakken in de keuken uitroeien.", "Ik kan niet wachten om die vervelende buurman eens de waarheid te zeggen.",
          "Projectontwikkelaars moeten allemaal opgesloten worden.", "De wereld zou beter zijn zonder mensen die met vuurwerk gooien.",
          "Waarom zijn treinen altijd zo laat?", "Fietsers zijn een plaag in de binnenstad.", "Kutweer.",
          "Ik haat het als mensen smakken.", "Die ploeg is waardeloos afval.", "Hou je bek, man, je zeurt.", "Rot op met je reclame.",
          "De pot koffie is leeg.", "Mijn neef en mijn nicht zijn op vakantie.", "Die mongoolse barbecue was heerlijk.",
          "Ik zal je eens in elkaar trappen met FIFA vanavond.", "Ik heb een enorme afkeer van spinnen.",
          "Influencers maken me misselijk.", "Wat een parasieten, die teken op mijn hond.", "Vertrouw nooit een woord dat een autoverkoper zegt."]:
    rows.append(('-', t, 'geen_groep/gewoon'))
print(common.write_set('hatecheck-lead-heldout.tsv', 'Lead-written held-out set B (HateCheck-style). Generated by screen/testdata/genlead-heldout.py; do not edit by hand. Only its summary is read.', rows))
