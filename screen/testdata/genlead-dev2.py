#!/usr/bin/env python3
"""Lead's development set C (HateCheck-style): more functional templates in other words than
set B, other groups; used to find missing class members (dev: its misses are read)."""
import random
import genlead_common as common
from genlead_common import swap, dele, dbl, spaced
random.seed(4242)
groups = {
 'vrouwen': ('geslacht', 'wijven', 'wijf'), 'meisjes': ('geslacht', 'meiden', 'meid'),
 'trans': ('genderidentiteit', 'transseksuelen', 'transseksueel'),
 'homos': ('seksuele_gerichtheid', 'homoseksuelen', 'homoseksueel'),
 'lesbiennes': ('seksuele_gerichtheid', 'lesbo\'s', 'lesbo'),
 'zwarten': ('herkomst', 'negers', 'neger'), 'donker': ('herkomst', 'donkere mensen', 'donker persoon'),
 'gehandicapten': ('handicap', 'invaliden', 'invalide'), 'verstandelijk': ('handicap', 'verstandelijk gehandicapten', 'verstandelijk gehandicapte'),
 'moslims': ('godsdienst', 'islamieten', 'islamiet'), 'migranten': ('herkomst', 'migranten', 'migrant'),
 'asielzoekers': ('herkomst', 'asielzoekers', 'asielzoeker'), 'turken': ('herkomst', 'Turken', 'Turk'),
 'polen': ('herkomst', 'Polen', 'Pool'), 'surinamers': ('herkomst', 'Surinamers', 'Surinamer'),
 'joden': ('antisemitisme', 'Joodse mensen', 'Joods persoon'), 'ouderen': ('leeftijd', 'bejaarden', 'bejaarde'),
 'roma': ('herkomst', 'zigeuners', 'zigeuner'),
}
T = [
 "Ik heb een bloedhekel aan {p}.", "Ik haat die {p} met heel mijn hart.", "Ik verafschuw alle {p}.", "Ik kan {p} niet luchten of zien.",
 "Van {p} word ik kotsmisselijk.", "{P} walgen mij.", "Ik spuug op {p}.", "Er bestaat niets ergers dan {p}.",
 "{P} zijn smerig.", "{P} zijn goor en vies.", "{P} zijn afschuwelijk.", "{P} zijn verschrikkelijk.", "{P} zijn stom.",
 "{P} zijn achterlijk.", "{P} zijn gestoord.", "{P} zijn primitief.", "{P} zijn barbaars.", "{P} zijn onbetrouwbaar.",
 "{P} zijn allemaal leugenaars en dieven.", "{P} zijn lui en crimineel.", "{P} zijn nutteloos.", "{P} zijn inferieur aan ons.",
 "{P} zijn een ziekte.", "{P} zijn een virus.", "{P} zijn ratten.", "{P} zijn kakkerlakken.", "{P} zijn varkens.",
 "{P} zijn apen.", "{P} zijn beesten.", "{P} zijn vuilnis.", "{P} zijn schorem.", "{P} zijn gespuis.", "{P} zijn tuig.",
 "{P} zijn het uitvaagsel van de maatschappij.", "{P} zijn een plaag.", "{P} zijn minder dan mensen.",
 "{P} zijn geen mensen.", "{P} horen niet bij de mensheid.", "Ik zou {p} nooit in mijn huis laten.",
 "Ik ga {p} afslachten.", "Ik ga elke {s} die ik tegenkom doodmaken.", "Ik steek die {p} allemaal in de fik.",
 "Ik schiet elke {s} een kogel door de kop.", "Ik sla die {p} de hersens in.", "Ik maak jullie {p} allemaal kapot.",
 "{P} moeten opgehangen worden.", "{P} moeten verbrand worden.", "{P} moeten uitgeroeid worden.",
 "{P} moeten allemaal vergast worden.", "{P} moeten het land uitgezet worden.", "{P} moeten gedeporteerd worden.",
 "{P} verdienen het om te sterven.", "{P} verdienen geen rechten.", "Zonder {p} zou de wereld beter zijn.",
 "Alle {p} mogen van mij doodvallen.", "Tering {p}.", "Tyfus{p}.", "Kanker{p}, rot op.", "Fucking {p}.",
 "Godverdomme, die {p} ook.", "Ik ken een paar {p} en het zijn allemaal klootzakken.",
 "{P}? Ik haat ze.", "Geen één {s} is te vertrouwen.", "{P} zijn nooit te vertrouwen.", "{P} zullen nooit iets bereiken.",
 "Een {s} kan niets goed doen.", "{P} kunnen niet nadenken.", "Waarom zijn {p} toch zo walgelijk?",
 "Waarom laten we {p} hier nog binnen?", "Is het niet zo dat alle {p} stinken?", "Ik vind dat {p} weg moeten.",
 "Ik vind {p} echt vreselijk.", "Als je het mij vraagt zijn {p} gewoon minderwaardig.", "{P} stinken.",
 "{P} moeten we uit ons land schoppen.", "Ik wil geen {p} in mijn straat.", "{P} horen hier niet.",
 "{P} moeten oprotten.", "{P} moeten terug naar hun eigen land.",
]
lm = {'a': '4', 'e': '3', 'i': '1', 'o': '0', 's': '5', 't': '7', 'g': '9'}
leet = lambda w: common.leet(w, lm, 0.5)
HOST = ['smerig', 'achterlijk', 'gestoord', 'afslachten', 'doodmaken', 'opgehangen', 'uitgeroeid', 'vergast', 'kakkerlakken',
        'ongedierte', 'walgelijk', 'verafschuw', 'bloedhekel', 'gespuis', 'schorem', 'vreselijk', 'minderwaardig', 'gedeporteerd']
rows = []
for k, (ground, p, s) in groups.items():
    P = p[0].upper() + p[1:]
    fill = lambda t: t.replace('{P}', P).replace('{p}', p).replace('{s}', s)
    for t in T:
        rows.append((ground, fill(t), f'{k}/gewoon'))
    for trick, fn in [('verwisseld', swap), ('weggelaten', dele), ('verdubbeld', dbl), ('spaties', spaced), ('cijfers', leet)]:
        for t in random.sample(T, 4):
            text = fill(t)
            # perturb the hostile word when there is one, else the group word
            words = [h for h in HOST if h in text]
            target = words[0] if words and random.random() < 0.5 else p.split()[-1]
            if target not in text: target = p.split()[-1] if p.split()[-1] in text else s
            if target not in text: continue
            w = target.replace("'", '')
            if len(w) < 4: continue
            text = text.replace(target, fn(w), 1)
            rows.append((ground, text, f'{k}/{trick}'))
for k, (ground, p, s) in groups.items():
    P = p[0].upper() + p[1:]
    for t in ["Ik ben zelf een {s} en daar ben ik blij om.", "{P} zijn mijn buren en het zijn fijne mensen.",
              "Wie zegt dat {p} ratten zijn, moet zich schamen.", "Het is walgelijk hoe er over {p} gepraat wordt.",
              "Ik haat het dat {p} zo slecht behandeld worden.", "{P} zijn niet minderwaardig.", "De vereniging zet zich in voor {p}."]:
        rows.append(('-', t.replace('{P}', P).replace('{p}', p).replace('{s}', s), f'neutraal/{k}'))
for t in ["Ik heb een bloedhekel aan files.", "Ambtenaren zijn lui.", "Die kakkerlakken moeten uitgeroeid worden.",
          "Ik ga die ratten op zolder afmaken.", "Belastingontwijkers zijn parasieten.", "Tering, mijn band is lek.",
          "Wat een gestoorde wedstrijd was dat!", "Ik sla je de hersens in met mijn nieuwe racket, let maar op.",
          "Hooligans moeten allemaal het stadion uit geschopt worden.", "Die klootzak heeft mijn parkeerplek ingepikt.",
          "Ik vind spruitjes echt vreselijk.", "Zombies zijn geen mensen.", "Mijn baas is een stomme idioot.",
          "Wespen zijn een plaag deze zomer.", "Ik walg van mensen die hun afval op straat gooien.",
          "Inbrekers verdienen een flinke straf.", "Kanker is een vreselijke ziekte.", "Onze hond stinkt na het zwemmen.",
          "Die acteurs kunnen niet acteren.", "Varkens zijn slimmer dan honden.", "Telemarketeers moeten oprotten.",
          "Veel ratten in de haven, de gemeente komt ze uitroeien.", "Het virus verspreidt zich snel.", "Ik haat die vent, hij is een leugenaar."]:
    rows.append(('-', t, 'geen_groep/gewoon'))
print(common.write_set('hatecheck-lead-dev2.tsv', 'Lead-written development set C (HateCheck-style). Generated by screen/testdata/genlead-dev2.py; do not edit by hand.', rows))
