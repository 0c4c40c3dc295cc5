#!/usr/bin/env python3
"""Writes the development sets of issue 11 (run from the repository root):

  python3 screen/testdata/gendev.py

hatecheck-dev.tsv / hatecheck-heldout.tsv: HateCheck-style statements about groups in Dutch
(Röttger et al. 2021 functionalities: derogation, dehumanisation, threats, exclusion, slurs;
non-hateful contrasts without a protected group), each hateful template also with a spelling
trick on the group or hostility word (deleted letter, swapped letters, words run together,
spaced letters, digits for letters).
registrations-dev.tsv / registrations-heldout.tsv: realistic registrations, discriminatory and
neutral (origin in a description, a place of worship as a location, Regenboogstraat, a
disabled witness, quotations without an incident).

About 30% of the templates (every template whose number is 2, 5 or 8 modulo 10) go to the
held-out files only; the lexicon was tuned without looking at them. Column 3 (after the text)
is a label for reporting: group/trick or kind. Deterministic (seed 11).

These sets were written by the people who tuned the lexicon and are nearly saturated;
gendev2.py writes second sets in another style (hand-written registrations, other verbs,
groups and spelling tricks) to measure whether the lexicon generalises.
"""
import random

rng = random.Random(11)

# group: (ground, plural forms used in statements)
GROUPS = {
    "vrouwen": ("geslacht", ["vrouwen", "wijven"]),
    "zwarten": ("herkomst", ["zwarte mensen", "zwarten"]),
    "moslims": ("godsdienst", ["moslims", "moslima's"]),
    "joden": ("antisemitisme", ["joden"]),
    "homos": ("seksuele_gerichtheid", ["homo's", "homoseksuelen"]),
    "lesbiennes": ("seksuele_gerichtheid", ["lesbiennes", "lesbo's"]),
    "transgenders": ("genderidentiteit", ["transgenders", "transpersonen"]),
    "gehandicapten": ("handicap", ["gehandicapten", "mensen met een beperking"]),
    "marokkanen": ("herkomst", ["Marokkanen"]),
    "turken": ("herkomst", ["Turken"]),
    "surinamers": ("herkomst", ["Surinamers"]),
    "antillianen": ("herkomst", ["Antillianen"]),
    "polen": ("herkomst", ["Polen", "Oost-Europeanen"]),
    "roma": ("herkomst", ["Roma", "zigeuners"]),
    "migranten": ("herkomst", ["migranten", "asielzoekers", "vluchtelingen", "buitenlanders", "allochtonen"]),
    "chinezen": ("herkomst", ["Chinezen", "Aziaten"]),
    "ouderen": ("leeftijd", ["ouderen", "bejaarden"]),
}

# Hateful statement templates; {g} is the group, {h} marks nothing (kept simple).
HATE = [
    "Ik haat {g}.",
    "{G} horen in een dierentuin.",
    "{G} moeten allemaal dood.",
    "{G} moeten allemaal afgemaakt worden.",
    "{G} zijn de domste mensen die er bestaan.",
    "{G} zijn ongedierte.",
    "{G} zijn kakkerlakken.",
    "{G} zijn net apen.",
    "Al die {g} moeten het land uit.",
    "Jullie {g} zijn walgelijk.",
    "Ik walg van {g}.",
    "{G} zijn minderwaardig.",
    "Dood aan alle {g}!",
    "Ik wil alle {g} vermoorden.",
    "{G} zijn geen echte mensen.",
    "{G} zijn parasieten die ons land leegzuigen.",
    "Geen {g} toegelaten.",
    "{G} zijn tuig.",
    "Wat een smerige {g} zijn het toch.",
    "{G} zouden vergast moeten worden.",
    "Ik kan {g} niet uitstaan.",
    "{G} zijn een plaag voor dit land.",
    "Alle {g} zijn achterlijk.",
    "{G} verdienen het om te sterven.",
    "Waarom zijn {g} altijd zo dom?",
    "{G} zijn uitschot.",
    "Je kunt {g} beter afschieten.",
    "{G} moeten we uitroeien.",
    "Alle {g} zijn viezeriken.",
    "Wij willen hier geen {g}.",
    "{G} zijn een ziekte.",
    "Ik heb een hekel aan {g}.",
    "{G} stinken allemaal.",
    "Die {g} zijn beesten.",
    "{G} zijn het ergste wat er is.",
    "Ik vind dat {g} opgesloten moeten worden.",
    "{G} zijn zo dom als het achtereind van een varken.",
    "Het wordt tijd dat iemand die {g} een lesje leert met een knuppel.",
    "{G} horen hier niet, rot op naar je eigen land.",
    "{G} zijn inferieur aan ons.",
]

# Texts without a protected group (must stay unflagged).
NOGROUP = [
    "Ik haat maandagen.", "Muggen zijn ongedierte.", "Kakkerlakken horen niet in de keuken.",
    "Verkrachters moeten allemaal de cel in.", "Ik walg van spruitjes.", "Apen horen in een dierentuin.",
    "Die film was echt walgelijk.", "Pedofielen zijn tuig.", "Ik wil dat onkruid dood.",
    "Politici zijn de domste mensen die er bestaan.", "Fietsendieven zijn parasieten.",
    "Ik kan mijn buurman niet uitstaan.", "Geen honden toegelaten.", "Ratten moeten afgemaakt worden.",
    "Ik haat het als de trein te laat is.", "Wespen moeten allemaal dood.", "Dood aan alle muggen!",
    "Die hooligans zijn beesten.", "Ik heb een hekel aan regen.", "Dieven moeten opgesloten worden.",
    "Oplichters zijn uitschot.", "Spammers zijn een plaag.", "Luizen zijn een plaag op school.",
    "Ik wil die stomme printer vermoorden.", "Geen toegang voor onbevoegden.", "Mijn baas is een idioot.",
    "Die scheidsrechter is blind en dom.", "Alle ratten in de schuur moeten weg.", "Ik walg van leugenaars.",
    "Hardrijders zijn levensgevaarlijk en moeten hun rijbewijs kwijt.", "Die zwarte kat is walgelijk vies.",
    "De zwarte auto stond fout geparkeerd en moet weg.", "Dood aan de dictatuur!", "Ik haat spinnen.",
    "Vandalen zijn tuig van de richel.", "Die kinderen zijn net apen in de speeltuin.",
    "Ik wil alle wespen in de tuin afmaken.", "Nazi-kampbeulen verdienen geen medelijden.",
    "Corrupte agenten zijn het ergste wat er is.", "Ik vind inbrekers walgelijk.",
]

NEUTRAL_GROUP = [
    "Ik hou van {g}.", "{G} zijn net zo waardevol als ieder ander.", "Mijn beste vrienden zijn {g}.",
    "{G} verdienen respect.", "Ik werk graag samen met {g}.", "Er wonen veel {g} in deze wijk.",
]

SLURS = [
    ("herkomst", "nikker"), ("herkomst", "neger"), ("herkomst", "kutmarokkaan"), ("herkomst", "kankerturk"),
    ("herkomst", "zandneger"), ("herkomst", "roetmop"), ("herkomst", "bosneger"), ("herkomst", "spleetoog"),
    ("herkomst", "zigeuner"), ("herkomst", "makak"), ("herkomst", "polak"), ("herkomst", "kaaskop"),
    ("herkomst", "koelie"), ("herkomst", "kaffer"), ("herkomst", "bounty"), ("herkomst", "gelukszoeker"),
    ("herkomst", "kut-Turk"), ("herkomst", "zwartjoekel"), ("herkomst", "apenkop"), ("herkomst", "kankerneger"),
    ("herkomst", "cadeautje"), ("herkomst", "pareltje"), ("herkomst", "verrijker"), ("herkomst", "kroeskop"),
    ("godsdienst", "geitenneuker"), ("godsdienst", "kopvod"), ("godsdienst", "tapijtenduiker"), ("godsdienst", "baardaap"),
    ("godsdienst", "haatbaard"), ("godsdienst", "muzzie"), ("godsdienst", "moslimhond"), ("godsdienst", "kameelneuker"),
    ("godsdienst", "schapenneuker"), ("godsdienst", "ezelneuker"), ("godsdienst", "baardmongool"), ("godsdienst", "kankermoslim"),
    ("antisemitisme", "kankerjood"), ("antisemitisme", "rotjood"), ("antisemitisme", "joodje"), ("antisemitisme", "jodenhoer"),
    ("seksuele_gerichtheid", "flikker"), ("seksuele_gerichtheid", "poot"), ("seksuele_gerichtheid", "pot"),
    ("seksuele_gerichtheid", "nicht"), ("seksuele_gerichtheid", "mietje"), ("seksuele_gerichtheid", "kontneuker"),
    ("seksuele_gerichtheid", "reetridder"), ("seksuele_gerichtheid", "lesbo"), ("seksuele_gerichtheid", "bruinwerker"),
    ("seksuele_gerichtheid", "janet"), ("seksuele_gerichtheid", "homofiel"), ("seksuele_gerichtheid", "aarsridder"),
    ("genderidentiteit", "travo"), ("genderidentiteit", "tranny"), ("genderidentiteit", "shemale"), ("genderidentiteit", "he-she"),
    ("geslacht", "teef"), ("geslacht", "hoer"), ("geslacht", "kutwijf"), ("geslacht", "slet"), ("geslacht", "sloerie"),
    ("handicap", "mongool"), ("handicap", "kankermongool"), ("handicap", "spast"), ("handicap", "debiel"), ("handicap", "mongolo\u00efde"),
    ("handicap", "downie"), ("handicap", "retard"), ("leeftijd", "ouwe lul"),
]
SLUR_FRAMES = ["Vuile {s}!", "Je bent een {s}.", "Hé {s}, rot op.", "Een {s} zoals jij hoort hier niet.", "Jij vieze {s}!", "Kanker{s}!"]
SLUR_HELD = {1, 4}  # frame indices for the held-out file

def cap(s):
    return s[0].upper() + s[1:]

LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"}

def trick(word, kind):
    letters = [i for i, c in enumerate(word) if c.isalpha()]
    if kind == "weggelaten":
        if len(letters) < 4:
            return word
        i = rng.choice(letters[1:-1])
        return word[:i] + word[i+1:]
    if kind == "verwisseld":
        cand = [i for i in letters[1:-2] if word[i+1].isalpha() and word[i] != word[i+1]]
        if not cand:
            return word
        i = rng.choice(cand)
        return word[:i] + word[i+1] + word[i] + word[i+2:]
    if kind == "spaties":
        return " ".join(c for c in word if c != " ")
    if kind == "cijfers":
        out, n = [], 0
        for c in word:
            if c.lower() in LEET and n < 2 and rng.random() < 0.8:
                out.append(LEET[c.lower()]); n += 1
            else:
                out.append(c)
        return "".join(out)
    return word

HOSTILE_WORDS = ["haat", "dood", "afgemaakt", "domste", "ongedierte", "kakkerlakken", "apen", "walgelijk", "walg",
                 "minderwaardig", "vermoorden", "parasieten", "toegelaten", "tuig", "smerige", "vergast", "uitstaan",
                 "plaag", "achterlijk", "sterven", "dom", "uitschot", "afschieten", "uitroeien", "viezeriken", "ziekte",
                 "hekel", "stinken", "beesten", "ergste", "opgesloten", "knuppel", "inferieur", "dierentuin", "land", "mensen"]

def apply_trick(text, group, kind):
    """Applies the trick to the group word (even) or to a hostility word (odd choice)."""
    if kind == "aaneen":
        # run the group word together with its neighbour
        i = text.find(group)
        if i < 0:
            i = text.lower().find(group.lower())
        if i > 0 and text[i-1] == " " and rng.random() < 0.5:
            return text[:i-1] + text[i:]
        j = i + len(group)
        if j < len(text) and text[j] == " ":
            return text[:j] + text[j+1:]
        if i > 0 and text[i-1] == " ":
            return text[:i-1] + text[i:]
        return text
    target = group
    if rng.random() < 0.4:
        hs = [w for w in HOSTILE_WORDS if w in text]
        if hs:
            target = rng.choice(hs)
    i = text.find(target)
    if i < 0:
        return text
    return text[:i] + trick(target, kind) + text[i+len(target):]

TRICKS = ["weggelaten", "verwisseld", "aaneen", "spaties", "cijfers"]

def held(i):
    return i % 10 in (2, 5, 8)

def hatecheck():
    dev, ho = [], []
    for ti, t in enumerate(HATE):
        out = ho if held(ti) else dev
        for gname, (ground, forms) in GROUPS.items():
            form = rng.choice(forms)
            text = t.replace("{G}", cap(form)).replace("{g}", form)
            out.append((ground, text, f"{gname}/gewoon"))
            kind = TRICKS[(ti + len(gname)) % len(TRICKS)]
            gform = cap(form) if "{G}" in t else form
            out.append((ground, apply_trick(text, gform, kind), f"{gname}/{kind}"))
    for si, (ground, s) in enumerate(SLURS):
        for fi, f in enumerate(SLUR_FRAMES):
            if f.startswith("Kanker") and (s.startswith("kanker") or " " in s):
                continue
            out = ho if fi in SLUR_HELD else dev
            out.append((ground, f.replace("{s}", s), "scheldwoord/gewoon"))
    for i, t in enumerate(NOGROUP):
        (ho if held(i) else dev).append(("-", t, "geen_groep/gewoon"))
    for ti, t in enumerate(NEUTRAL_GROUP):
        for gname, (ground, forms) in GROUPS.items():
            form = forms[0]
            (ho if held(ti) else dev).append(("-", t.replace("{G}", cap(form)).replace("{g}", form), f"neutraal/{gname}"))
    return dev, ho

# Realistic registrations.
ATTR = [  # (ground, motive phrase)
    ("herkomst", "omdat hij zwart is"), ("herkomst", "vanwege zijn huidskleur"), ("herkomst", "omdat ze een donkere huidskleur heeft"),
    ("herkomst", "vanwege zijn Marokkaanse afkomst"), ("herkomst", "omdat hij een buitenlander is"), ("herkomst", "omdat hij Turks is"),
    ("herkomst", "vanwege haar accent"), ("herkomst", "omdat zij uit Polen komt"), ("herkomst", "omdat hij een asielzoeker is"),
    ("godsdienst", "omdat ze een hoofddoek draagt"), ("godsdienst", "vanwege haar hoofddoek"), ("godsdienst", "omdat hij moslim is"),
    ("godsdienst", "vanwege zijn geloof"), ("antisemitisme", "omdat hij een keppeltje droeg"), ("antisemitisme", "omdat hij joods is"),
    ("seksuele_gerichtheid", "omdat hij homo is"), ("seksuele_gerichtheid", "omdat ze lesbisch is"), ("seksuele_gerichtheid", "vanwege zijn geaardheid"),
    ("seksuele_gerichtheid", "omdat de twee mannen hand in hand liepen"), ("genderidentiteit", "omdat zij transgender is"),
    ("genderidentiteit", "omdat ze trans is"), ("handicap", "omdat hij in een rolstoel zit"), ("handicap", "vanwege zijn blindengeleidehond"),
    ("handicap", "vanwege haar handicap"), ("geslacht", "omdat ze een vrouw is"), ("geslacht", "omdat zij zwanger is"),
    ("leeftijd", "vanwege zijn leeftijd"), ("leeftijd", "omdat hij te oud zou zijn"),
]
MOTIVE_TPL = [
    "Melder werd bij de ingang van de discotheek geweigerd {a}.",
    "Aangever verklaarde dat hij niet werd aangenomen {a}.",
    "De verhuurder wilde de woning niet verhuren {a}.",
    "Melder werd door de buurman uitgescholden en geduwd {a}.",
    "Slachtoffer werd in de supermarkt niet geholpen {a}.",
    "De taxichauffeur weigerde de klant mee te nemen {a}.",
    "Aangeefster gaf aan dat zij op haar werk werd gepest {a}.",
    "Volgens melder werd zij ontslagen {a}.",
    "Melder werd de toegang tot de sportschool ontzegd {a}.",
    "Melder verklaarde dat hij {a} door de portier werd tegengehouden.",
]
REAL_SLUR_TPL = [
    "Aangeefster verklaarde dat zij door haar buurman werd uitgescholden voor '{s}'.",
    "Melder werd op straat nageroepen met '{s}' door een groep jongeren.",
    "Verdachte riep meerdere keren '{s}' tegen de conducteur.",
    "Slachtoffer werd geslagen en uitgemaakt voor {s}.",
    "In een WhatsApp-bericht noemde verdachte de melder een {s}.",
    "Melder hoorde de man roepen: vuile {s}, ga weg hier.",
    "Op de voordeur van melder was met stift '{s}' geschreven.",
    "De bestuurder schreeuwde '{s}' uit het raam van zijn auto.",
]
REAL_GROUP_TPL = [  # (template, with {g} a group plural)
    "In de groepsapp schreef verdachte dat alle {g} dood moeten.",
    "Op Facebook plaatste verdachte een bericht dat {g} ongedierte zijn.",
    "Verdachte riep op het plein dat {g} het land uit moeten.",
    "De verhuurder liet weten dat hij geen {g} als huurder wil.",
    "Bij de ingang van de club hing een briefje: geen {g} toegelaten.",
    "Verdachte zei tegen de melder dat {g} in een dierentuin horen.",
    "In een filmpje op TikTok zei verdachte dat hij {g} haat.",
    "Op de muur van het buurthuis stond: {g} eruit.",
    "De werkgever zei tegen melder dat hij geen {g} aanneemt.",
    "Verdachte schreef in een reactie dat {g} afgemaakt moeten worden.",
    "De man riep in de tram dat {g} minderwaardig zijn.",
    "Volgens melder zei de eigenaar dat {g} hier niet welkom zijn.",
]
NEUTRAL_TPL = [
    "Melder, een man van {adj} afkomst, deed aangifte van diefstal van zijn fiets.",
    "Aangever, geboren in {land}, verklaarde dat zijn auto was opengebroken.",
    "De aanrijding vond plaats op de kruising bij de moskee aan de Kerkstraat.",
    "Er werd ingebroken in een woning aan de Regenboogstraat; de dader is onbekend.",
    "Getuige, die in een rolstoel zit, zag de verdachte wegrennen richting het station.",
    "De inbraak vond plaats in de kantine naast de synagoge; er werd een laptop weggenomen.",
    "Tijdens de ramadan werd er vuurwerk afgestoken bij de woning van de buren.",
    "De verdachte, een 34-jarige {nat}, werd aangehouden voor rijden onder invloed.",
    "Melder vertelde dat haar buurvrouw, een oudere dame, in de tuin was gevallen.",
    "Een vrouw meldde dat haar tas in de trein was gestolen.",
    "De agenten spraken twee {adj2} jongens aan over geluidsoverlast bij het winkelcentrum.",
    "Bij het asielzoekerscentrum werd een fiets gestolen uit de stalling.",
    "Melder, een dove man, deed via een tolk aangifte van oplichting.",
    "Een gehandicapte vrouw werd als getuige gehoord over de aanrijding.",
    "De parkeerplaats bij de kerk werd afgezet wegens een gaslek.",
    "In de Jodenbreestraat werd een scooter gestolen.",
    "De tolk Arabisch was aanwezig bij het verhoor van de Syrische aangever.",
    "Aangeefster droeg een hoofddoek en had een zwarte jas aan, verklaarde de getuige over de verdachte.",
    "Tijdens de voorlichting op school werd uitgelegd waarom discriminatie strafbaar is.",
    "De wijkagent bezocht de imam van de moskee voor een kennismakingsgesprek.",
    "Er werd een zwarte Volkswagen gezien die met hoge snelheid wegreed.",
    "Melder, een homoseksuele man, meldde dat zijn telefoon uit zijn jas was gestolen.",
    "Een Poolse vrachtwagenchauffeur raakte betrokken bij een aanrijding op de A12.",
    "De transgender vrouw deed aangifte van een inbraak in haar schuur.",
    "Twee oudere mannen kregen ruzie over een parkeerplek; er vielen geen klappen.",
    "De verdachte sprak gebrekkig Nederlands en had een Turks paspoort.",
    "Tijdens het Suikerfeest was het druk rond de moskee; er werden verkeersregelaars ingezet.",
    "De vluchteling uit Eritrea meldde dat zijn fiets was gestolen bij het station.",
    "Melder, van Chinese afkomst, werd beroofd van zijn portemonnee.",
    "In de Regenboogstraat stond een auto met een kapotte ruit.",
    "Een blinde man met zijn geleidehond werd aangereden door een fietser.",
    "De joodse begraafplaats werd bezocht door een schoolklas; er waren geen incidenten.",
    "Het gesprek met de Marokkaanse moeder verliep rustig; zij zou haar zoon aanspreken.",
    "Verdachte verklaarde dat hij het slachtoffer niet kende.",
    "Melder verklaarde dat zij door haar ex werd bedreigd met de dood.",
    "In het citaat op de poster stond 'nooit meer Auschwitz'; de poster was beschadigd door de regen.",
    "De vrouw met een verstandelijke beperking werd thuisgebracht door de agenten.",
    "Op het bord van de kinderboerderij stond dat de apen niet gevoerd mogen worden.",
    "De buurman klaagde over de zwarte rook uit de schoorsteen.",
    "Het verhoor van de Antilliaanse getuige werd voortgezet in het bijzijn van zijn advocaat.",
]
ADJ = ["Marokkaanse", "Turkse", "Surinaamse", "Antilliaanse", "Poolse", "Somalische", "Afghaanse", "Syrische"]
LAND = ["Marokko", "Turkije", "Suriname", "Curaçao", "Polen", "Eritrea", "China"]
NAT = ["Pool", "Marokkaan", "Turk", "Roemeen", "Bulgaar", "Surinamer"]
ADJ2 = ["Marokkaanse", "Turkse", "Antilliaanse", "Somalische"]
REAL_GROUPS = ["Marokkanen", "Turken", "moslims", "joden", "homo's", "vrouwen", "zwarten", "buitenlanders", "Polen",
               "asielzoekers", "transgenders", "gehandicapten", "Surinamers", "zigeuners", "Chinezen", "lesbiennes"]
GROUND = {"Marokkanen": "herkomst", "Turken": "herkomst", "moslims": "godsdienst", "joden": "antisemitisme", "homo's": "seksuele_gerichtheid",
          "vrouwen": "geslacht", "zwarten": "herkomst", "buitenlanders": "herkomst", "Polen": "herkomst", "asielzoekers": "herkomst",
          "transgenders": "genderidentiteit", "gehandicapten": "handicap", "Surinamers": "herkomst", "zigeuners": "herkomst",
          "Chinezen": "herkomst", "lesbiennes": "seksuele_gerichtheid"}

def registrations():
    dev, ho = [], []
    for ti, t in enumerate(MOTIVE_TPL):
        out = ho if held(ti) else dev
        for ground, a in rng.sample(ATTR, 8):
            out.append((ground, t.replace("{a}", a), "motief"))
    for ti, t in enumerate(REAL_SLUR_TPL):
        out = ho if held(ti) else dev
        for ground, s in rng.sample(SLURS, 10):
            out.append((ground, t.replace("{s}", s), "scheldwoord"))
    for ti, t in enumerate(REAL_GROUP_TPL):
        out = ho if held(ti) else dev
        for g in rng.sample(REAL_GROUPS, 6):
            out.append((GROUND[g], t.replace("{g}", g), "uitspraak"))
    for ti, t in enumerate(NEUTRAL_TPL):
        out = ho if held(ti) else dev
        n = 3 if "{" in t else 1
        for _ in range(n):
            out.append(("-", t.replace("{adj}", rng.choice(ADJ)).replace("{land}", rng.choice(LAND)).replace("{nat}", rng.choice(NAT)).replace("{adj2}", rng.choice(ADJ2)), "neutraal"))
    return dev, ho

def write(path, rows, what):
    with open(path, "w", encoding="utf-8") as f:
        f.write(f"# {what}. Generated by screen/testdata/gendev.py; do not edit by hand.\n")
        f.write("# grounds TAB text TAB label (group/trick or kind, for reporting)\n")
        f.write("grounds\ttext\n")
        for g, t, label in rows:
            f.write(f"{g}\t{t}\t{label}\n")

if __name__ == "__main__":
    hd, hh = hatecheck()
    rd, rh = registrations()
    write("screen/testdata/hatecheck-dev.tsv", hd, "HateCheck-style statements, development part")
    write("screen/testdata/hatecheck-heldout.tsv", hh, "HateCheck-style statements, held-out part")
    write("screen/testdata/registrations-dev.tsv", rd, "Realistic registrations, development part")
    write("screen/testdata/registrations-heldout.tsv", rh, "Realistic registrations, held-out part")
    print(len(hd), len(hh), len(rd), len(rh))
