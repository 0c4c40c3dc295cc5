package synth

// The discriminatory scenarios. Every statement below is quoted in a generated registration
// the way officers quote a suspect; the lists exist so that screening and review can be
// measured against a known truth.

// utterance is a quoted statement, a refusal or a text on property, with the indication it
// carries (catalog code or "") and what the text says about the victim's group ("" when the
// narrative need not say).
type utterance struct {
	text, ind, ctx string
}

// groundScenario holds, for one ground, the statements the generator draws from.
type groundScenario struct {
	code     string
	weight   float64
	slurs    []utterance // insults, threats, online posts, shouts during violence
	refusals []utterance // exclusion: at the door, the desk, the job interview
	marks    []utterance // texts and symbols on property
	places   []string    // buildings tied to the group, for damage
	acts     []utterance // hostile acts without words ("maakte apengeluiden")
}

// The weights follow the published police figures (DOMAIN.md 1a, 2022-2023): with the
// second ground of about 8% of statements, herkomst comes to about 45% of incidents,
// seksuele gerichtheid about 30% and antisemitisme about 9%.
var groundScenarios = []groundScenario{
	{code: "herkomst", weight: 42,
		slurs: []utterance{
			{"kankermarokkaan", "", "van Marokkaanse afkomst"},
			{"kk-turk", "", "van Turkse afkomst"},
			{"vuile buitenlander", "", ""},
			{"ga terug naar je eigen land", "", ""},
			{"kutmarokkanen, jullie moeten allemaal het land uit", "", "van Marokkaanse afkomst"},
			{"vieze Polen, rot op naar je eigen land", "", "van Poolse afkomst"},
			{"kankerchinees, jij hebt corona hierheen gebracht", "", "van Chinese afkomst"},
			{"vuile aap", "anti_zwart_racisme", "met een donkere huidskleur"},
			{"zwarte aap, ga terug naar de jungle", "anti_zwart_racisme", "met een donkere huidskleur"},
			{"kankerneger", "anti_zwart_racisme", "met een donkere huidskleur"},
			{"vieze nikker", "anti_zwart_racisme", "van Surinaamse afkomst"},
			{"bosneger", "anti_zwart_racisme", "van Surinaamse afkomst"},
			{"vuile zigeuner", "roma_sinti", "van Roma-afkomst"},
			{"zigeunertuig, jullie stelen alles", "roma_sinti", "van Sinti-afkomst"},
			{"Nederland is voor Nederlanders, oprotten jij", "", ""},
			{"kanker-Antilliaan", "anti_zwart_racisme", "van Antilliaanse afkomst"},
			{"vuile asielzoeker, ga terug naar je land", "", "die uit Syrië komt"},
		},
		refusals: []utterance{
			{"Vanavond geen Marokkanen naar binnen", "", "van Marokkaanse afkomst"},
			{"Met jouw huidskleur kom je hier niet in", "anti_zwart_racisme", "met een donkere huidskleur"},
			{"Wij verhuren niet aan buitenlanders", "", "van Turkse afkomst"},
			{"Geen Polen in mijn pand", "", "van Poolse afkomst"},
			{"Zigeuners komen hier niet binnen", "roma_sinti", "van Roma-afkomst"},
			{"Voor deze functie zoeken we echt een Nederlander", "", "van Marokkaanse afkomst"},
		},
		marks: []utterance{
			{"de tekst \"ga terug naar je eigen land\"", "", ""},
			{"de tekst \"buitenlanders eruit\"", "", ""},
			{"de tekst \"white power\" en een Keltisch kruis", "", ""},
			{"de tekst \"geen AZC\"", "", ""},
		},
		places: []string{"de deur van een Turkse bakkerij", "het hek van het AZC", "de gevel van een Marokkaanse slagerij"},
		acts: []utterance{
			{"maakte apengeluiden en gooide een banaan in de richting van", "anti_zwart_racisme", "met een donkere huidskleur"},
			{"trok zijn ooghoeken schuin en maakte spottende geluiden naar", "", "van Chinese afkomst"},
		},
	},
	{code: "godsdienst", weight: 6,
		slurs: []utterance{
			{"vieze moslim", "moslimdiscriminatie", "die een hoofddoek droeg"},
			{"kankermoslim", "moslimdiscriminatie", ""},
			{"doe die kankerdoek af", "moslimdiscriminatie", "die een hoofddoek draagt"},
			{"terrorist, ga terug naar je moskee", "moslimdiscriminatie", ""},
			{"alle moslims moeten dood", "moslimdiscriminatie", ""},
			{"islamitisch tuig", "moslimdiscriminatie", ""},
			{"vuile christenhond", "", "die een kruisje droeg"},
			{"kankerhindoe", "", "die hindoe is"},
		},
		refusals: []utterance{
			{"Met een hoofddoek kun je hier niet werken", "moslimdiscriminatie", "die een hoofddoek draagt"},
			{"Moslims bedienen wij niet", "moslimdiscriminatie", ""},
		},
		marks: []utterance{
			{"de tekst \"moslims eruit\"", "moslimdiscriminatie", ""},
			{"de tekst \"stop islam\" en een varkenskop", "moslimdiscriminatie", ""},
		},
		places: []string{"de muur van de moskee", "de deur van de moskee", "de gevel van de kerk"},
		acts: []utterance{
			{"trok de hoofddoek van het hoofd van", "moslimdiscriminatie", "die een hoofddoek droeg"},
		},
	},
	{code: "antisemitisme", weight: 8.3,
		slurs: []utterance{
			{"kankerjood", "antisemitisme", "die een keppel droeg"},
			{"vuile jood", "antisemitisme", "die Joods is"},
			{"Hamas, Hamas, joden aan het gas", "antisemitisme", ""},
			{"joden moeten dood", "antisemitisme", ""},
			{"ze hadden jullie allemaal moeten vergassen", "antisemitisme", "die Joods is"},
			{"Hitler had gelijk", "antisemitisme", ""},
			{"kk-joden", "antisemitisme", ""},
		},
		refusals: []utterance{
			{"Joden worden hier niet bediend", "antisemitisme", "die Joods is"},
			{"Met dat keppeltje kom je er niet in", "antisemitisme", "die een keppel droeg"},
		},
		marks: []utterance{
			{"een hakenkruis", "antisemitisme", ""},
			{"een hakenkruis en de tekst \"Juden raus\"", "antisemitisme", ""},
			{"twee hakenkruisen en SS-runen", "antisemitisme", ""},
			{"een davidster met de tekst \"kindermoordenaars\"", "antisemitisme", ""},
		},
		places: []string{"de gevel van de synagoge", "het Joods monument", "de Stolpersteine in de stoep", "het bushokje"},
		acts: []utterance{
			{"bracht de Hitlergroet en riep \"Sieg Heil\" naar", "antisemitisme", "die een keppel droeg"},
		},
	},
	{code: "seksuele_gerichtheid", weight: 28,
		slurs: []utterance{
			{"vieze homo", "", "die hand in hand liep met zijn vriend"},
			{"kankerhomo", "", ""},
			{"vuile flikker", "", ""},
			{"vieze pot", "", "die met haar vriendin liep"},
			{"homo's moeten dood", "", ""},
			{"smerige homo's, jullie horen hier niet", "", "die hand in hand liep met zijn vriend"},
			{"kankerlesbo", "", "die met haar vriendin liep"},
			{"vuile poot", "", ""},
		},
		refusals: []utterance{
			{"Geen homo's in mijn zaak", "", "die met zijn vriend was"},
			{"Twee mannen die elkaars hand vasthouden, daar doen we hier niet aan", "", "die met zijn vriend was"},
		},
		marks: []utterance{
			{"de tekst \"homo's eruit\"", "", ""},
			{"de tekst \"flikkers rot op\"", "", ""},
		},
		places: []string{"de regenboogbank bij het gemeentehuis", "het regenboogzebrapad", "de deur van het COC-pand", "de regenboogvlag aan de gevel"},
	},
	{code: "genderidentiteit", weight: 5,
		slurs: []utterance{
			{"vieze travo", "transgender", "die transgender is"},
			{"je bent geen echte vrouw, vieze vent in een jurk", "transgender", "die een transvrouw is"},
			{"kankertransje", "transgender", "die transgender is"},
			{"wat ben jij, een man of een vrouw? Freak", "transgender", "die transgender is"},
			{"transgenders moeten dood", "transgender", ""},
			{"een non-binair persoon bestaat niet, je bent gestoord", "", "die non-binair is"},
		},
		refusals: []utterance{
			{"Mensen zoals jij kunnen hier niet werken, je bent geen echte man", "transgender", "die een transman is"},
			{"Jij mag niet naar het damestoilet, je bent een vent", "transgender", "die een transvrouw is"},
		},
		marks: []utterance{
			{"de tekst \"trans = ziek\"", "transgender", ""},
		},
		places: []string{"de transgendervlag aan de gevel", "de voordeur van de woning"},
	},
	{code: "geslacht", weight: 3,
		slurs: []utterance{
			{"vrouwen horen in de keuken", "", ""},
			{"domme wijven horen niet achter het stuur", "", ""},
			{"kankerwijf, als vrouw heb je hier niets te zeggen", "", ""},
			{"vrouwen zijn minderwaardig, hou je bek", "", ""},
		},
		refusals: []utterance{
			{"Wij nemen geen vrouwen aan voor deze functie", "", ""},
			{"Vrouwen mogen hier alleen naar binnen met een man", "", ""},
		},
		marks: []utterance{
			{"de tekst \"vrouwen aan het aanrecht\"", "", ""},
		},
		places: []string{"de voordeur van de woning", "de auto van de bewoonster"},
	},
	{code: "handicap", weight: 4,
		slurs: []utterance{
			{"vuile mongool", "", "met het syndroom van Down"},
			{"kankerspast", "", "met een spasticiteit"},
			{"gehandicapten moeten vergast worden", "", "in een rolstoel"},
			{"vieze invalide, blijf thuis", "", "in een rolstoel"},
			{"debiel, jij hoort in een inrichting", "", "met een verstandelijke beperking"},
		},
		refusals: []utterance{
			{"Met een rolstoel kom je er niet in", "", "in een rolstoel"},
			{"Geen blindengeleidehonden in mijn restaurant", "", "die blind is"},
		},
		marks: []utterance{
			{"de tekst \"mongolen eruit\"", "", ""},
		},
		places: []string{"de auto met gehandicaptenparkeerkaart", "de deur van de zorgwoning"},
	},
	{code: "leeftijd", weight: 2.2,
		slurs: []utterance{
			{"ouwe lul, jullie bejaarden moeten allemaal dood", "", ""},
			{"boomer, ga toch dood", "", ""},
			{"oude mensen zijn nutteloos, opzouten", "", ""},
		},
		refusals: []utterance{
			{"Boven de vijftig nemen we niemand aan", "", ""},
			{"Ouderen mogen hier niet naar binnen", "", ""},
		},
		marks: []utterance{
			{"de tekst \"bejaarden opruimen\"", "", ""},
		},
		places: []string{"de voordeur van de seniorenflat"},
	},
	{code: "overig", weight: 1.5,
		slurs: []utterance{
			{"vieze dakloze, jullie moeten opgeruimd worden", "", "die dakloos is"},
			{"kankerzwerver", "", "die dakloos is"},
			{"vuile bijstandstrekker", "", ""},
		},
		refusals: []utterance{
			{"Daklozen bedienen wij niet", "", "die dakloos is"},
		},
		marks: []utterance{
			{"de tekst \"zwervers eruit\"", "", ""},
		},
		places: []string{"de gevel van de daklozenopvang"},
	},
}

// Manifestations, their weights, and the incident code a registration of that kind gets.
type manifestation struct {
	code   string
	weight float64
	codes  [][2]string // incident code and description, one picked
}

var manifestations = []manifestation{
	{"belediging", 45, [][2]string{{"A38", "Discriminatie"}, {"B72", "Belediging"}, {"A38", "Discriminatie"}}},
	{"bedreiging", 18, [][2]string{{"B71", "Bedreiging"}}},
	{"geweld", 14, [][2]string{{"B70", "Mishandeling"}}},
	{"bekladding_vernieling", 12, [][2]string{{"E35", "Graffiti/bekladding"}, {"E30", "Vernieling"}}},
	{"uitsluiting", 6, [][2]string{{"A38", "Discriminatie"}}},
	{"overig", 5, [][2]string{{"A38", "Discriminatie"}}},
}

// publicTaskRoles are victims with a public task, police officers first.
var publicTaskRoles = []string{
	"verbalisant", "verbalisant", "mijn collega", "buschauffeur", "boa van de gemeente",
	"conducteur van de NS", "ambulanceverpleegkundige", "handhaver",
}

// Discriminatory narratives per manifestation. {uiting} is the quoted statement,
// {context} the victim's group, {weigering} the words of a refusal, {plek} a place.
var (
	discIntro = compileAll(
		"{Ag}, {context}, verklaarde dat {hij} [op de {straat}|in de supermarkt|in de tram|bij de bushalte|in het trappenhuis van {zijn} flat|op het voetbalveld|bij de ingang van het station] [werd aangesproken door|in aanraking kwam met|langs liep bij] {dader}.",
	)
	discIntroNoCtx = compileAll(
		"{Ag} verklaarde dat {hij} [op de {straat}|in de supermarkt|in de tram|bij de bushalte|in het trappenhuis van {zijn} flat|op het voetbalveld|bij de ingang van het station] [werd aangesproken door|in aanraking kwam met|langs liep bij] {dader}.",
	)
	discInsult = compileAll(
		"[Verdachte riep [meerdere keren|hard|luid|] \"{uiting}\" [naar|tegen] {ag}.|Verdachte schold {ag} uit voor \"{uiting}\".|Hierbij riep verdachte: \"{uiting}\".|Verdachte zei tegen {ag}: \"{uiting}\", en liep daarna lachend weg.|Verdachte [spuugde voor de voeten van|keek] {ag} [en riep|aan en zei]: \"{uiting}!\"]",
		"[{Ag} voelde zich [ernstig gekwetst|diep beledigd|vernederd][ door deze opmerking|].|Omstanders hoorden de opmerking ook[; een van hen filmde het voorval|].|{Ag} gaf aan dat dit niet de eerste keer was.|{Ag} wil dat verdachte wordt aangesproken op deze uitlatingen.]",
	)
	discAct = compileAll(
		"Verdachte {uiting} {ag}[ en lachte daarbij| terwijl omstanders toekeken|].",
		"{Ag} voelde zich [vernederd|geïntimideerd|diep gekwetst] en [wil|wenst] dat hier tegen wordt opgetreden.",
	)
	discThreat = compileAll(
		"[Verdachte riep: \"{uiting}[, ik maak je dood|, ik steek je neer|, ik weet waar je woont|, ik ga je huis in de fik steken|]!\"|Verdachte kwam dreigend op {ag} af en zei: \"{uiting}. [Ik maak je af|Ik weet je te vinden|Volgende keer ben je er geweest].\"]",
		"{Ag} voelde zich [ernstig bedreigd|angstig|niet meer veilig in {zijn} eigen straat][ en vreest dat verdachte terugkomt|].",
	)
	discViolence = compileAll(
		"Verdachte schold {ag} uit voor \"{uiting}\" en [sloeg {hem} met de vuist in het gezicht|schopte {hem} meerdere keren|duwde {hem} van de fiets|gooide een flesje naar {zijn} hoofd|trok {hem} aan de haren naar de grond].",
		"{Ag} liep hierbij {letsel} op[ en werd behandeld in {ziekenhuis}|].",
	)
	discMark = compileAll(
		"[{Ag} trof|Wij troffen] [op|aan] {plek}[ op de {straat}|] [{uiting} aan, aangebracht met zwarte verf|{uiting} aan, gekrast in de lak|{uiting} aan, met een spuitbus aangebracht|{uiting} aan, getekend met een stift].",
		"[De schade bedraagt naar schatting {bedrag}.|De gemeente is gevraagd de bekladding te verwijderen.|Er zijn foto's gemaakt en toegevoegd aan de registratie.|{Ag} voelt zich hierdoor [geïntimideerd|niet meer veilig].]",
	)
	discRefusal = compileAll(
		"{Ag}[, {context},|] [wilde met vrienden naar binnen bij {zaak}|solliciteerde op een functie bij een bedrijf in {gemeente}|reageerde op een huurwoning aan de {straat}|wilde bij het station een taxi nemen|wilde een tafel reserveren bij een restaurant aan de {straat}].",
		"[De portier|De eigenaar|De verhuurder|De medewerker|De chauffeur] [weigerde {hem} met de woorden|zei letterlijk|liet {hem} weten]: \"{weigering}\".",
		"[De vrienden van {ag} mochten wel naar binnen.|{Ag} heeft de berichten bewaard en aangeleverd.|Een getuige heeft het gesprek opgenomen.|{Ag} is ook gewezen op de antidiscriminatievoorziening.]",
	)
	discOther = compileAll(
		"[In de brievenbus van {ag} werd een anonieme brief aangetroffen met de tekst|Tijdens een amateurvoetbalwedstrijd riepen supporters van de tegenpartij|In de wijk werden pamfletten verspreid met de tekst|Op een spandoek langs de {straat} stond]: \"{uiting}\".",
		"[{Ag} is hierover erg geschrokken.|Het is niet bekend wie hiervoor verantwoordelijk is.|De wijkagent is ingelicht en houdt de situatie in de gaten.]",
	)
	discOnline = compileAll(
		"Op {platform} [plaatste|stuurde] een gebruiker met de naam '{account}' [een bericht aan {ag}|een reactie onder een foto van {ag}|een video over {ag}] met de tekst: \"{uiting}\".",
		"{Ag} heeft [screenshots|schermafbeeldingen] aangeleverd. [Het account is openbaar en heeft ongeveer {aantal}00 volgers.|Het bericht is inmiddels verwijderd.|Het bericht werd gedeeld in een groepschat met ongeveer {aantal}0 deelnemers.|Het account lijkt te horen bij een klasgenoot van {ag}.]",
	)
	discPublic = compileAll(
		"[Tijdens de aanhouding van verdachte|Tijdens een verkeerscontrole|Bij het uitschrijven van een bekeuring|Tijdens een controle in de trein|Bij het verlenen van hulp] riep verdachte [tegen {functie}|tegen {functie} {collega}|meerdere keren tegen {functie}]: \"{uiting}\".",
		"[Verdachte werd aangehouden ter zake belediging van een ambtenaar in functie en discriminatie.|De uitlatingen zijn door meerdere collega's gehoord.|De bodycambeelden zijn veiliggesteld.]",
	)
	discOnlineThreat = compile("Daarnaast [schreef|stuurde] [de gebruiker|dezelfde gebruiker]: \"[Ik weet waar je woont|Ik kom je halen|Jij bent de volgende|Pas maar op als je morgen naar buiten gaat]\".[ {Ag} voelt zich bedreigd.|]")
	discSecond       = compile("[Ook riep verdachte|Daarnaast riep verdachte|Even later riep verdachte nog]: \"{uiting}\".")
)

// accounts are usernames for online statements.
var accounts = []string{
	"patriot_1488", "echteNL", "kevin_010", "anon88", "trotsopNL", "user4471", "dutchlion", "ghost_tiktok",
	"sjaak_de_echte", "meisje2009", "realtalk_nl", "xx_d3nn1s_xx",
}

// evasions spell slurs the way writers dodge filters; applied to a share of statements.
var evasions = [][2]string{
	{"kanker", "k@nker"}, {"kanker", "kenker"}, {"kanker", "kkr"}, {"jood", "j00d"}, {"joden", "j0den"},
	{"homo", "h0mo"}, {"neger", "n3ger"}, {"moslim", "m0slim"}, {"flikker", "fl1kker"},
	{"mongool", "m0ngool"}, {"marokkaan", "mocro"}, {"turk", "t*rk"},
}
