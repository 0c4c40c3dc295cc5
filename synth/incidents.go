package synth

// incident is one kind of ordinary registration: its BVH incident code, how often it occurs,
// which kinds of registration it usually is, and its narrative.
type incident struct {
	code, desc string
	weight     float64
	kinds      [3]float64 // melding, aangifte, mutatie
	dateOnly   float64    // share of registrations where the time of the offence is unknown
	core       []tmpl     // rendered in order
	extra      []tmpl     // incident-specific paragraphs, used before the shared ones
	kindCum    [3]float64 // cumulative kinds, set at start-up
}

func init() {
	for i := range incidents {
		copy(incidents[i].kindCum[:], cumulative(incidents[i].kinds[:]))
	}
}

// Kinds of registration, in the order of incident.kinds.
var kindNames = [3]string{"melding", "aangifte", "mutatie"}

var incidents = []incident{
	{code: "F21", desc: "Inbraak woning", weight: 8, kinds: [3]float64{1, 6, 0.3}, dateOnly: 0.5,
		core: compileAll(
			"{Ag} verklaarde dat {hij} [de woning|het huis|de benedenwoning|het appartement|de bovenwoning] aan de {straat} {huisnr} [die ochtend|omstreeks {tijd} uur|voor vertrek naar {zijn} werk|voor een weekendje weg] [had afgesloten|goed had afgesloten|had verlaten]. Bij thuiskomst [zag {hij}|bemerkte {hij}|trof {hij} aan] dat er was ingebroken.",
			"De dader(s) [hebben|hadden] zich [vermoedelijk |]toegang verschaft {toegang}. In de {kamer} [waren alle kasten doorzocht|lagen de lades op de grond|was een kast opengebroken|was alles overhoop gehaald].",
			"Weggenomen werd(en): {goederen}. [De totale schade wordt geschat op {bedrag}.|{Ag} kon de waarde nog niet inschatten.|{Ag} zal een lijst met goederen nasturen.]",
		),
		extra: compileAll(
			"De forensische opsporing [is ter plaatse geweest en heeft|heeft] [sporen veiliggesteld|schoenafdrukken gefotografeerd|DNA-bemonstering gedaan aan de deurklink|geen bruikbare sporen aangetroffen].",
			"Buurvrouw {ander} had [rond {tijd2} uur|die middag] [een verdacht persoon|twee mannen met rugzakken|{voertuig}] [bij de achterom gezien|in de straat zien rondlopen|voor de woning zien staan].",
			"{Ag} heeft [een deurbelcamera|een camera van het merk Ring|een beveiligingscamera in de tuin] [maar die had niets opgenomen|en zal de beelden aanleveren|en op de beelden is {dader} te zien].",
			"{Ag} is [gewezen op het inbraakpreventieadvies van de gemeente|gewezen op het Politiekeurmerk Veilig Wonen|geadviseerd het slot te laten vervangen].",
		)},
	{code: "F22", desc: "Inbraak bedrijf/instelling", weight: 3, kinds: [3]float64{1, 5, 0.5}, dateOnly: 0.5,
		core: compileAll(
			"{Ag}, [beheerder|eigenaar|medewerker|bestuurslid] van {pand} aan de {straat} {huisnr}, verklaarde dat het pand [de avond ervoor|na sluitingstijd|het hele weekend] was afgesloten en het alarm [was ingeschakeld|niet was ingeschakeld].",
			"[De alarmcentrale meldde omstreeks {tijd} uur een inbraakalarm.|Bij opening van het pand bleek de achterdeur geforceerd.|Een schoonmaker trof een ingeslagen ruit aan.|Een voorbijganger zag dat de deur openstond.]",
			"Weggenomen werd(en): {goederen}[ en de collectebus| en de kas met wisselgeld|]. {Ag} schat de schade op {bedrag}.",
		),
		extra: compileAll(
			"Er waren [geen|wel] aanwijzingen dat de dader(s) bekend waren met het pand[; de kluis werd gericht opengebroken|].",
			"De beelden van de bewakingscamera [worden door {ag} aangeleverd|tonen {dader}|zijn van onvoldoende kwaliteit].",
		)},
	{code: "F40", desc: "Diefstal fiets", weight: 7, kinds: [3]float64{0.3, 6, 0.2}, dateOnly: 0.3,
		core: compileAll(
			"{Ag} had {fiets} [omstreeks {tijd} uur|die ochtend|de avond ervoor] [in het fietsenrek bij|op slot gezet bij|gestald tegen de gevel van] [het station|{winkel}|de woning|de sportschool|het winkelcentrum] aan de {straat} [met een {slot}|met twee sloten, waaronder een {slot}|zonder slot, voor een paar minuten].",
			"Bij terugkomst [na ongeveer {minuten} minuten|na een paar uur|de volgende ochtend] was de fiets weg. [Het slot lag doorgeknipt op de grond.|Er lag niets meer.|Van het slot was niets terug te vinden.]",
			"Framenummer: [bekend, opgenomen in de registratie|onbekend]. De fiets is [ongeveer {aantal} jaar oud|vorig jaar gekocht voor {bedrag}|tweedehands gekocht voor {bedrag}].",
		),
		extra: compileAll(
			"[{Ag} heeft een AirTag in de fiets en kon zien dat de fiets zich op de {straat} bevond.|{Ag} heeft de fiets een dag later op {markt} te koop zien staan.|{Ag} heeft de diefstal ook gemeld bij de verzekeraar.]",
			"Camerabeelden van [het stationsplein|{winkel}|de fietsenstalling] worden opgevraagd.",
		)},
	{code: "F43", desc: "Diefstal uit/vanaf motorvoertuig", weight: 4, kinds: [3]float64{0.3, 6, 0.3}, dateOnly: 0.6,
		core: compileAll(
			"{Ag} had {voertuig}, kenteken {kenteken}, [geparkeerd|afgesloten achtergelaten] op de {straat} [ter hoogte van perceel {huisnr}|op de parkeerplaats van {winkel}|in de parkeergarage].",
			"[De ruit van het rechterportier was ingeslagen.|Het portierslot was geforceerd.|Er was geen braakschade zichtbaar; vermoedelijk is de auto met een relay-aanval geopend.] Weggenomen werd(en): {goederen}[, die op de achterbank lagen|].",
			"[Ook werden de airbags uit het stuur weggenomen.|De navigatie was uit het dashboard gesloopt.|De katalysator was onder de auto weggezaagd.|]",
		)},
	{code: "F50", desc: "Winkeldiefstal", weight: 6, kinds: [3]float64{0.5, 4, 2}, dateOnly: 0,
		core: compileAll(
			"[{Ag}, medewerker van {winkel} aan de {straat},|De bedrijfsrechercheur van {winkel}] [zag|zag op de camerabeelden] dat {dader}, [artikelen in een tas stopte|meerdere flessen drank in de jas verstopte|scheermesjes uit het schap pakte|met een volle kar de kassa voorbijliep].",
			"[Verdachte werd na de kassa aangesproken en liep mee naar het kantoor.|Verdachte werd buiten de winkel staande gehouden.|Verdachte rende weg in de richting van de {straat}.] De totale waarde van de goederen bedroeg {bedrag}.",
			"[Ter plaatse werd verdachte door ons aangehouden ter zake winkeldiefstal (art. 310 Sr) en overgebracht naar het bureau.|Verdachte kon zich legitimeren met een identiteitskaart; er is een strafbeschikking uitgevaardigd.|Verdachte is vooralsnog niet aangetroffen.]",
		),
		extra: compileAll(
			"[Verdachte verklaarde honger te hebben en geen geld.|Verdachte weigerde een verklaring af te leggen.|Verdachte is eerder voor winkeldiefstal aangehouden.|Verdachte verklaarde dat een ander de spullen in de tas had gestopt.]",
			"{Winkel} legde verdachte een winkelverbod op voor de duur van [één jaar|twee jaar|zes maanden] en brengt [{bedrag}|de standaard] aan kosten in rekening.",
		)},
	{code: "F60", desc: "Zakkenrollerij", weight: 2, kinds: [3]float64{0.2, 5, 0.2}, dateOnly: 0,
		core: compileAll(
			"{Ag} [stond in de rij bij {winkel}|zat in de tram|liep over de markt op de {straat}|stond op het perron] toen {hij} [merkte|later merkte] dat {zijn} [portemonnee|telefoon, een {telefoon},] uit {zijn} [tas|jaszak|broekzak] was weggenomen.",
			"{Ag} herinnerde zich dat {dader}, [dicht tegen {hem} aan was gaan staan|{hem} om de weg had gevraagd|tegen {hem} aan was gebotst].",
			"[Met de bankpas is daarna voor {bedrag} gepind.|De bankpassen zijn direct geblokkeerd.|De telefoon is via Zoek mijn toestel gevolgd tot de {straat}.]",
		)},
	{code: "F70", desc: "Oplichting internet", weight: 6, kinds: [3]float64{0.1, 6, 0.1}, dateOnly: 0.5,
		core: compileAll(
			"{Ag} verklaarde dat {hij} via {markt} {artikel} had [gekocht|willen kopen] van een verkoper met de naam '{ander}'.",
			"Na betaling van {bedrag} via [een Tikkie|een betaalverzoek|een bankoverschrijving] [werd het artikel nooit geleverd|reageerde de verkoper niet meer|bleek het account verwijderd].",
			"[Het IBAN van de ontvanger is bekend en opgenomen in de aangifte.|{Ag} heeft screenshots van de chatgesprekken aangeleverd.|De bank van {ag} is ingelicht.]",
		),
		extra: compileAll(
			"Het rekeningnummer komt [in meerdere aangiftes|nog niet eerder] voor in de politiesystemen.",
			"{Ag} had vooraf [geen|wel] gecontroleerd of de verkoper betrouwbaar was[ via de website van de politie|].",
		)},
	{code: "F71", desc: "Oplichting (WhatsApp-fraude)", weight: 2, kinds: [3]float64{0.1, 6, 0.1}, dateOnly: 0.3,
		core: compileAll(
			"{Ag} ontving een WhatsApp-bericht van een onbekend nummer: \"Hoi [mam|pap], dit is mijn nieuwe nummer, mijn telefoon is kapot[ gegaan|].\"",
			"Vervolgens werd gevraagd om [een rekening van {bedrag} te betalen|geld over te maken voor een nieuwe telefoon|een betaling te doen omdat de bankapp niet werkte]. {Ag} heeft {bedrag} overgemaakt.",
			"Later bleek dat {zijn} [zoon|dochter] geen nieuw nummer had. [De bank kon het geld niet meer terughalen.|De bank probeert het geld terug te halen.]",
		)},
	{code: "F72", desc: "Oplichting (bankhelpdeskfraude)", weight: 1.5, kinds: [3]float64{0.1, 6, 0.1}, dateOnly: 0,
		core: compileAll(
			"{Ag} werd gebeld door iemand die zich voordeed als medewerker van [de ING|de Rabobank|de ABN AMRO|de SNS|de fraudeafdeling van de bank].",
			"Op aanwijzing van de beller [installeerde {ag} een app om mee te kijken|gaf {ag} de pincode door|gaf {ag} {zijn} bankpas mee aan een koerier]. Van de rekening werd {bedrag} afgeschreven.",
			"{Ag}, {leeftijd} jaar oud, [was erg geschrokken|schaamt zich|had niet door dat het om oplichting ging].",
		)},
	{code: "E30", desc: "Vernieling", weight: 5, kinds: [3]float64{2, 4, 1}, dateOnly: 0.4,
		core: compileAll(
			"{Ag} verklaarde dat [{hij} rond {tijd} uur glasgerinkel hoorde en zag dat|{hij} 's ochtends ontdekte dat] [er sprake was van {schade}|{schade} was aangericht] [aan de woning|aan {zijn} auto, {voertuig}|aan het bushokje op de {straat}|aan de voordeur].",
			"[Getuige {ander} zag een groep van {aantal} jongeren weglopen.|Wie de vernieling heeft gepleegd is onbekend.|{Ag} vermoedt een buurtbewoner maar heeft geen bewijs.]",
			"De schade wordt geschat op {bedrag}.",
		)},
	{code: "E35", desc: "Graffiti/bekladding", weight: 1, kinds: [3]float64{2, 2, 2}, dateOnly: 0.7,
		core: compileAll(
			"Op [de gevel van {pand}|het transformatorhuisje|de geluidswal|een trein op het emplacement] aan de {straat} [waren tags aangebracht|was met spuitbussen een grote graffiti-afbeelding gemaakt|was de tekst \"[ACAB|Ajax|Feyenoord|PSV|TOMS|love you Lisa]\" gespoten].",
			"[De gemeente is ingelicht en zal de graffiti verwijderen.|Er zijn foto's gemaakt en toegevoegd.|De schade wordt geschat op {bedrag}.]",
		)},
	{code: "B70", desc: "Mishandeling", weight: 6, kinds: [3]float64{2, 4, 1}, dateOnly: 0,
		core: compileAll(
			"{Ag} verklaarde dat {hij} [op de {straat}|bij de uitgang van {zaak}|in de bus|op het schoolplein|bij de bushalte] [in discussie raakte met|werd aangesproken door|ruzie kreeg met] {dader}.",
			"[Zonder aanleiding|Na een woordenwisseling over [een parkeerplek|een sigaret|een aanrijding met de fiets|een blik]|Uit het niets] [sloeg verdachte {ag} met de vuist in het gezicht|gaf verdachte {ag} een kopstoot|duwde verdachte {ag} tegen de grond en schopte {hem}|sloeg verdachte {ag} met {wapen}].",
			"{Ag} liep hierbij {letsel} op[ en werd behandeld in {ziekenhuis}| en heeft foto's van het letsel laten maken|; {hij} heeft geen medische hulp gezocht].",
		),
		extra: compileAll(
			"Verdachte [werd ter plaatse aangehouden ter zake mishandeling (art. 300 Sr)|was bij aankomst van de politie vertrokken|is bekend bij de politie].",
			"Getuige {ander} bevestigde [de lezing van {ag}|dat verdachte als eerste sloeg|dat er over en weer werd geduwd].",
		)},
	{code: "B71", desc: "Bedreiging", weight: 5, kinds: [3]float64{2, 4, 1}, dateOnly: 0.1,
		core: compileAll(
			"{Ag} verklaarde dat [de buurman|{zijn} ex-partner|een collega|een onbekende man|een klant] {hem} [op straat|via de telefoon|bij de voordeur|via WhatsApp] had bedreigd.",
			"[Verdachte zei letterlijk: \"[Ik maak je dood|Ik weet waar je woont|Ik steek je huis in brand|Jij bent de volgende|Ik sla je helemaal kapot]\".|Verdachte maakte een snijdend gebaar langs de keel.|Verdachte hield daarbij {wapen} vast.]",
			"{Ag} [voelde zich ernstig bedreigd|durft niet meer alleen over straat|vreest voor {zijn} veiligheid][ en wil dat de politie optreedt| en heeft om een contactverbod gevraagd|].",
		)},
	{code: "B72", desc: "Belediging", weight: 1.5, kinds: [3]float64{1, 3, 2}, dateOnly: 0,
		core: compileAll(
			"{Ag}, [boa van de gemeente|buschauffeur|conducteur|winkelmedewerker|parkeercontroleur|scheidsrechter], werd [tijdens het werk|bij een controle|na een discussie] door verdachte uitgescholden voor \"[klootzak|eikel|sukkel|lul|hufter|oplichter]\".",
			"[Verdachte weigerde zich te legitimeren.|Verdachte liep daarna weg.|Collega's van {ag} hoorden de belediging.]",
		)},
	{code: "D20", desc: "Burenruzie", weight: 5, kinds: [3]float64{6, 1, 1}, dateOnly: 0,
		core: compileAll(
			"{Ag} verklaarde dat er al [maanden|geruime tijd|sinds de zomer] een conflict speelt met de buren van nummer {huisnr} over [geluidsoverlast|de schutting|de parkeerplaats|de heg|blaffende honden|rommel in de gemeenschappelijke tuin|het stoken van de houtkachel].",
			"Die avond [escaleerde de ruzie|werd er over en weer geschreeuwd|werd er met deuren gesmeten] [toen de buurman op de deur bonkte|toen {ag} de buren aansprak|nadat er een vuilniszak in de tuin was gegooid].",
			"[Beide partijen zijn gehoord en aangesproken op hun gedrag.|Partijen zijn gewezen op buurtbemiddeling.|De wijkagent zal contact opnemen met beide partijen.]",
		)},
	{code: "D30", desc: "Overlast jeugd", weight: 5, kinds: [3]float64{6, 0.2, 2}, dateOnly: 0,
		core: compileAll(
			"{Ag} [belde|meldde] dat een groep van ongeveer {aantal} jongeren [bij het winkelcentrum|op het speelveld|bij de bushalte|in de portiek] op de {straat} [overlast veroorzaakte|met vuurwerk gooide|luid muziek draaide|op scooters heen en weer reed].",
			"Ter plaatse troffen wij [een groep van {aantal} jongeren aan|niemand meer aan|enkele jongeren aan die wegfietsten]. [De jongeren zijn aangesproken en weggestuurd.|Van {aantal} jongeren zijn de personalia genoteerd.|Er is een waarschuwing gegeven.]",
		),
		extra: compileAll(
			"De wijk kampt al langer met jeugdoverlast; [de jongerenwerker|de gemeente|de wijkagent] is geïnformeerd.",
		)},
	{code: "D31", desc: "Overlast verward persoon", weight: 3, kinds: [3]float64{5, 0, 2}, dateOnly: 0,
		core: compileAll(
			"{Ag} zag {dader}, [die verward over de rijbaan liep|die schreeuwend door de straat liep|die tegen voorbijgangers praatte] op de {straat}.",
			"De persoon [was niet aanspreekbaar|gaf aan stemmen te horen|was erg onrustig]. [De GGZ-crisisdienst is ingeschakeld.|De persoon is overgedragen aan de ambulancedienst.|De persoon is naar huis begeleid.]",
		)},
	{code: "D32", desc: "Geluidsoverlast", weight: 3, kinds: [3]float64{6, 0, 1}, dateOnly: 0,
		core: compileAll(
			"{Ag} ervaarde geluidsoverlast van [een feest|harde muziek|een blaffende hond|een bouwplaats|een ruzie] op de {straat} {huisnr}.",
			"Ter plaatse [hoorden wij inderdaad harde muziek|was het rustig|hoorden wij geschreeuw]. [De bewoner is aangesproken en zette de muziek zachter.|Er werd niet opengedaan.|Er is een waarschuwing gegeven.]",
		)},
	{code: "V10", desc: "Verkeersongeval letsel", weight: 3, kinds: [3]float64{4, 0.3, 3}, dateOnly: 0,
		core: compileAll(
			"Op de kruising van de {straat} met de [Stationsweg|Rijksweg|Ringweg|Provincialeweg|Hoofdstraat] vond een aanrijding plaats tussen {voertuig}, kenteken {kenteken}, en [een fietser|een scooterrijder|een voetganger].",
			"Het slachtoffer, {leeftijd} jaar oud, liep {letsel} op en werd [per ambulance overgebracht naar {ziekenhuis}|ter plaatse behandeld door ambulancepersoneel].",
			"De bestuurder [verklaarde dat de fietser niet te zien was|verklaarde door groen licht te zijn gereden|had een ademanalyse boven de wettelijke grens].",
		),
		extra: compileAll(
			"De verkeersongevallenanalyse (VOA) [is ter plaatse geweest|is niet ingezet].",
			"De weg is [{minuten} minuten|ruim een uur] afgesloten geweest voor het verkeer.",
		)},
	{code: "V11", desc: "Verkeersongeval materieel", weight: 5, kinds: [3]float64{4, 0.5, 3}, dateOnly: 0,
		core: compileAll(
			"Op de {straat} reed {voertuig}, kenteken {kenteken}, [achterop|tegen de zijkant van] {voertuig}[, die stond te wachten voor het verkeerslicht|].",
			"Er was sprake van materiële schade: {schade}. Er was geen letsel. [Partijen hebben een schadeformulier ingevuld.|Een van de partijen is doorgereden; het kenteken is genoteerd door getuige {ander}.]",
		)},
	{code: "V20", desc: "Rijden onder invloed", weight: 2, kinds: [3]float64{0.5, 0, 6}, dateOnly: 0,
		core: compileAll(
			"Tijdens een [alcoholcontrole|snelheidscontrole|surveillance] op de {straat} [zagen wij|werd] {voertuig}, kenteken {kenteken}, [slingerend over de weg rijden|stilgehouden|met hoge snelheid rijden].",
			"De bestuurder, {leeftijd} jaar, [rook naar alcohol|had bloeddoorlopen ogen|gaf toe te hebben gedronken]. De ademanalyse [gaf een uitslag van {aantal}00 ug/l|werd geweigerd].",
			"[Het rijbewijs is ingevorderd.|Er is proces-verbaal opgemaakt ter zake art. 8 WVW 1994.|De bestuurder is overgebracht naar het bureau voor een bloedproef.]",
		)},
	{code: "H10", desc: "Huiselijk geweld", weight: 3, kinds: [3]float64{5, 1, 1}, dateOnly: 0,
		core: compileAll(
			"{Ag} [hoorde geschreeuw uit de woning van de buren op nummer {huisnr}|belde zelf 112 omdat {zijn} partner {hem} had geslagen|meldde een ruzie tussen {zijn} ouders].",
			"Ter plaatse troffen wij [een bewoner aan met {letsel}|een overstuur kind aan|beide partners aan, die elkaar beschuldigden].",
			"[Veilig Thuis is ingelicht.|De partner is aangehouden en een tijdelijk huisverbod wordt overwogen.|Er zijn afspraken gemaakt met het wijkteam.]",
		)},
	{code: "H20", desc: "Vermissing", weight: 1, kinds: [3]float64{5, 0, 1}, dateOnly: 0,
		core: compileAll(
			"{Ag} meldde dat {zijn} [zoon|dochter|vader|moeder] {ander}, {leeftijd} jaar oud, sinds {tijd} uur [vermist werd|niet thuis was gekomen].",
			"[Na een zoekactie werd de vermiste persoon om {tijd2} uur ongedeerd aangetroffen.|De vermiste persoon kwam uit zichzelf terug.|Er is een Burgernet-actie gestart.]",
		)},
	{code: "I10", desc: "Drugs (Opiumwet)", weight: 2, kinds: [3]float64{0.5, 0, 6}, dateOnly: 0,
		core: compileAll(
			"Tijdens surveillance zagen wij {dader}, [die een handeltje leek te doen|die iets overgaf aan een persoon op een scooter|die snel iets wegstopte toen hij ons zag].",
			"Bij fouillering werden [{aantal} bolletjes cocaïne|een hoeveelheid hennep|{aantal} zakjes MDMA|een partij lachgascilinders] aangetroffen. [Verdachte werd aangehouden ter zake de Opiumwet.|De goederen zijn in beslag genomen.]",
		)},
	{code: "O10", desc: "Openbare orde / uitgaansgeweld", weight: 2, kinds: [3]float64{2, 0.5, 4}, dateOnly: 0,
		core: compileAll(
			"Bij de uitgang van {zaak} [ontstond een vechtpartij|werd geduwd en getrokken|ontstond een opstootje] tussen [twee groepen|{aantal} personen].",
			"[De portier|Cameratoezicht] [meldde|zag] dat {dader}, [een glas kapotgooide|een andere bezoeker sloeg|een portier duwde].",
			"[Verdachte kreeg een gebiedsverbod.|Er is een bekeuring uitgeschreven ter zake openbare dronkenschap.|Verdachte werd aangehouden.]",
		)},
	{code: "K10", desc: "Zorgmelding", weight: 2, kinds: [3]float64{5, 0, 2}, dateOnly: 0,
		core: compileAll(
			"{Ag} maakte zich zorgen om [een buurvrouw|een oudere man|een dakloze man|een jonge vrouw] op de {straat}, [die al dagen niet buiten was geweest|die op straat lag|die verward overkwam].",
			"[Na binnentreding werd de persoon in goede gezondheid aangetroffen.|De persoon is overgedragen aan de ambulance.|Het sociaal wijkteam is ingelicht.]",
		)},
}

// Openings per kind of registration. {wanneer}-like phrasing is written out per variant
// because an unknown time of offence reads differently.
var openings = [3][]tmpl{
	compileAll( // melding
		"Op {weekdag} {datum} omstreeks {tijd} uur [kregen wij|kreeg ik, verbalisant,|kregen wij, verbalisanten,] via de meldkamer [de opdracht|een melding] om [te gaan naar|ter plaatse te gaan op] de {straat} te {gemeente}[, ter hoogte van perceel {huisnr}|].",
		"Op {datum} te {tijd} uur belde {naam} naar [het algemene nummer 0900-8844|112|de meldkamer] met een melding over een voorval op de {straat} te {gemeente}.",
		"Melding via de meldkamer op {weekdag} {datum} om {tijd} uur. [Wij|Ik, verbalisant, en mijn collega {collega}] gingen ter plaatse op de {straat} {huisnr} te {gemeente}.",
	),
	compileAll( // aangifte
		"[Aangifte opgenomen op {regdatum} om {regtijd} uur aan het bureau van basisteam {team}.|Op {regdatum} verscheen {naam} aan het politiebureau te {gemeente} om aangifte te doen.|Internetaangifte, ontvangen op {regdatum}, nagebeld door verbalisant.|Op {regdatum} deed {naam} telefonisch aangifte.] {Ag} verklaarde het volgende. Op {weekdag} {datum} omstreeks {tijd} uur bevond {hij} zich op de {straat} te {gemeente}.",
		"Op {regdatum} om {regtijd} uur hoorde ik, verbalisant, {naam} als [{ag}|benadeelde]. Het voorval vond plaats op {weekdag} {datum} omstreeks {tijd} uur op of nabij de {straat} te {gemeente}.",
	),
	compileAll( // mutatie
		"Op {weekdag} {datum} omstreeks {tijd} uur [surveilleerde ik, verbalisant,|surveilleerden wij, verbalisanten,|bevond ik mij, verbalisant,] [in uniform gekleed en met een herkenbaar dienstvoertuig|als noodhulpeenheid|op de fiets|te voet] [op de {straat}|in het centrum|nabij het station] te {gemeente}.",
		"Op {datum} omstreeks {tijd} uur werd ik, verbalisant, [aangesproken door|gewezen op een situatie door] {naam} op de {straat} te {gemeente}.",
	),
}

var openingsDateOnly = [3][]tmpl{
	compileAll(
		"Op {weekdag} {datum}, op een niet nader bekend tijdstip, vond op de {straat} te {gemeente} het voorval plaats. [De melding kwam|De melding werd doorgezet] via de meldkamer.",
	),
	compileAll(
		"[Aangifte opgenomen op {regdatum} om {regtijd} uur aan het bureau van basisteam {team}.|Op {regdatum} verscheen {naam} aan het politiebureau te {gemeente} om aangifte te doen.|Internetaangifte, ontvangen op {regdatum}.] Pleegdatum: {weekdag} {datum}, tijdstip onbekend. Pleegplaats: {straat} {huisnr} te {gemeente}.",
		"Op {regdatum} hoorde ik, verbalisant, {naam}. Het voorval vond plaats in de periode van {datum} tot {regdatum} op de {straat} te {gemeente}.",
	),
	compileAll(
		"Op {weekdag} {datum} werd bij surveillance door mij, verbalisant, op de {straat} te {gemeente} het volgende geconstateerd.",
	),
}

// Shared paragraphs, used to fill a narrative to its length; each at most once per text
// until all are used.
var fillers = compileAll(
	"Buurtonderzoek: [er werd aangebeld bij|wij spraken met] [de bewoners van nummer {huisnr}|{aantal} omwonenden|de directe buren][, maar niemand had iets gezien of gehoord.|; een buurman had rond {tijd2} uur [iemand horen roepen|een auto met hoge snelheid weg horen rijden|een groepje mensen zien staan].]",
	"Camerabeelden: [in de straat hangt een gemeentelijke camera; de beelden zijn gevorderd.|{winkel} heeft een camera die mogelijk de straat filmt; de beelden worden opgevraagd.|er zijn geen camera's in de directe omgeving.|een bewoner heeft een deurbelcamera en zal de beelden aanleveren.]",
	"Sporen: [er zijn geen sporen aangetroffen.|er zijn foto's gemaakt van de situatie ter plaatse en toegevoegd aan de registratie.|de plaats delict is vastgelegd door de forensische opsporing.|er werd een sigarettenpeuk veiliggesteld voor DNA-onderzoek.|er werden schoenafdrukken in de modder aangetroffen en gefotografeerd.]",
	"Getuige {ander}, {leeftijd} jaar, verklaarde [dat getuige rond {tijd2} uur iemand had zien weglopen|niets gezien te hebben maar wel geschreeuw te hebben gehoord|dat het voorval snel voorbij was|dat er vaker problemen zijn op deze plek].",
	"Ik, verbalisant, [heb {ag} gewezen op de mogelijkheid van hulp via {hulp}|heb de registratie doorgezet naar de recherche|heb collega {collega} van basisteam {team} ingelicht|heb een terugbelafspraak met {ag} gemaakt].",
	"Signalement van de betrokken persoon volgens {ag}: {dader}.",
	"{Ag} [gaf aan|verklaarde] dat {hij} [geen idee heeft wie dit gedaan kan hebben|een vermoeden heeft wie de dader is, maar dit niet kan bewijzen|eerder soortgelijke problemen heeft gehad|graag op de hoogte wordt gehouden].",
	"{Ag} is [bereikbaar via het bekende telefoonnummer|telefonisch bereikbaar na {tijd2} uur|woonachtig op de {straat} {huisnr} te {gemeente}][ en spreekt [goed|redelijk|weinig] Nederlands|].",
	"Door de meldkamer werd [een noodhulpeenheid|de hondengeleider|een motorrijder|een extra eenheid] [ter ondersteuning gestuurd|ingezet voor een buurtonderzoek]. Er werd [{minuten} minuten|ruim een half uur] in de omgeving gezocht[, zonder resultaat|].",
	"Omstandigheden: {weer} [De straatverlichting brandde.|Er liepen weinig mensen op straat.|Het was rond sluitingstijd van de horeca.|Het was spitsuur.]",
	"Uit [BVH|de politiesystemen] bleek dat [op hetzelfde adres eerder meldingen zijn geregistreerd|de betrokkene eerder in beeld is geweest|er in de wijk de afgelopen weken meer soortgelijke incidenten zijn geweest|er geen eerdere registraties op dit adres zijn].",
	"De zaak is [ter beoordeling voorgelegd aan de hulpofficier van justitie|doorgezet naar het team opsporing van basisteam {team}|in behandeling genomen door de wijkagent|voorlopig gedeponeerd wegens gebrek aan opsporingsindicatie].",
	"Om {tijd2} uur [werd de plaats delict vrijgegeven|hebben wij de locatie verlaten|was de situatie weer rustig].",
	"Vermoedelijke vluchtrichting: [de {straat}|het station|onbekend]. [De persoon vluchtte op een fiets.|De persoon stapte in {voertuig}, kenteken {kenteken}.|De persoon rende weg.]",
	"{Ag} [heeft een inboedelverzekering en zal de schade daar melden|heeft geen verzekering die de schade dekt|weet nog niet of de verzekering de schade vergoedt].",
	"Opmerking verbalisant: [{ag} maakte een betrouwbare indruk|{ag} was emotioneel tijdens het gesprek|het gesprek verliep via een tolk in het [Arabisch|Turks|Pools|Engels|Tigrinya]|{ag} had moeite de gebeurtenissen in de juiste volgorde te vertellen].",
	"Tijdsverloop: [om {tijd} uur melding ontvangen, om {tijd2} uur ter plaatse.|aankomst ter plaatse na {minuten} minuten.|de afhandeling duurde tot {tijd2} uur.]",
	"Ter plaatse [werd gesproken met|spraken wij ook met] {ander}, [die bevestigde dat {ag} overstuur was|die niets had gezien|die aangaf dat dit vaker gebeurt in de buurt|die de politie had gebeld].",
	"[Telefoonnummer|E-mailadres] van {ag} is gecontroleerd en juist bevonden. {Ag} [wil|wil niet] dat [{zijn} gegevens|{zijn} adres] worden gedeeld met de wederpartij.",
	"[Aanvullend|Later op de dag|De volgende dag] [belde {ag} nog|meldde {ag} via het contactformulier] dat [er nog iets anders bleek te ontbreken|{hij} nog een getuige wist|de situatie rustig was gebleven].",
	"Verklaring getuige {ander}: \"Ik [stond|liep|zat] [bij de bushalte|op mijn balkon|in mijn auto|voor het raam] toen ik [geschreeuw hoorde|iemand zag rennen|een harde klap hoorde]. Ik zag {dader}. Die persoon [liep in de richting van de {straat}|stapte in een auto|fietste snel weg]. Ik heb [direct 112 gebeld|een foto gemaakt met mijn telefoon|daarna niets meer gezien]. Ik [ken|ken niet] de betrokkenen.\" Getuige is [bereid|niet bereid] later een verklaring af te leggen.",
	"Bevindingen ter plaatse: bij aankomst [troffen wij {ag} aan bij de voordeur|was de situatie rustig|stonden er meerdere mensen op straat]. [Ik zag|Wij zagen] [glasscherven op de grond|dat de deur was beschadigd|geen zichtbare schade]. [De situatie is met de bodycam vastgelegd.|Er zijn foto's gemaakt.] Na [{minuten} minuten|een kort gesprek] [was {ag} voldoende gerustgesteld|hebben wij de omgeving afgezocht|zijn de gegevens van alle betrokkenen genoteerd].",
	"Verhoor: de verdachte werd [op een later moment|na de aanhouding|op het bureau] gehoord [in het bijzijn van een advocaat|zonder advocaat, na afstand van consultatierecht|met bijstand van een tolk]. Verdachte verklaarde [zich niets te herinneren|dat het een misverstand was|dat de ander begonnen was|geen verklaring af te willen leggen]. Op de vraag [waarom|hoe] [dit was gebeurd|het zover had kunnen komen] [antwoordde verdachte gedronken te hebben|bleef het stil|antwoordde verdachte dat het niet de bedoeling was].",
	"Aanvullende verklaring van {ag}: \"[Ik woon hier al {aantal} jaar|Ik ken de buurt goed|Dit is de eerste keer dat mij zoiets overkomt]. [Ik durf 's avonds niet meer alleen naar buiten.|Ik heb sindsdien slecht geslapen.|Ik wil vooral dat dit stopt.] [Ik heb mijn familie ingelicht.|Mijn buren hebben mij geholpen.|Ik heb nog niemand verteld wat er is gebeurd.]\"",
	"Informatie uit de systemen: [de betrokkene|het adres|het kenteken] komt voor in [{aantal} eerdere registraties|een eerdere registratie van overlast|geen eerdere registraties]. [Er loopt geen onderzoek.|Er is contact opgenomen met de casusregisseur.|De informatie is gedeeld in het recherche-overleg van het basisteam.][ Het kenteken staat op naam van een leasemaatschappij.| De telefoon van verdachte is niet in beslag genomen.|]",
	"Beslag: [er werd niets in beslag genomen.|in beslag genomen werd {wapen}, dat op de grond lag.|in beslag genomen werd een {telefoon} van de verdachte.] [De goederen zijn overgebracht naar het bureau en geregistreerd onder een beslagnummer. |]Van het beslag is een kennisgeving van inbeslagneming opgemaakt.",
	"Contact met partners: [de woningcorporatie|de gemeente|de school|de werkgever van {ag}|de beheerder van het winkelcentrum] is [op de hoogte gebracht|gevraagd om camerabeelden|uitgenodigd voor een gesprek]. [Afgesproken is dat de wijkagent binnen een week terugkoppelt.|Er wordt bekeken of een gebiedsverbod mogelijk is.|De zaak wordt besproken in het wijkoverleg.]",
	"Medische gegevens: [{ag} gaf toestemming voor het opvragen van medische informatie.|er was geen medische hulp nodig.|de ambulancedienst heeft {ag} ter plaatse nagekeken en geen letsel vastgesteld.][ Een letselverklaring wordt opgevraagd bij de huisarts.|]",
	"Schadeopgave: [{ag} zal een schadeopgave met bonnen nasturen|de schade is nog niet bekend|de schade bedraagt volgens {ag} ongeveer {bedrag}]. [{Ag} wil zich voegen als benadeelde partij in het strafproces.|{Ag} heeft de schade gemeld bij {zijn} verzekeraar.|]",
	"Slachtofferrechten: {ag} is gewezen op [het recht op informatie over de zaak|het spreekrecht|de mogelijkheid van schadevergoeding via het Schadefonds Geweldsmisdrijven|{hulp}]. [{Ag} gaf aan dit te begrijpen.|De folder is meegegeven.|De informatie is per e-mail nagestuurd.]",
	"Opsporingsindicaties: [er is een bruikbaar signalement|er zijn camerabeelden|er is een getuige|er zijn geen opsporingsindicaties]. [De zaak wordt voorgelegd aan de ploegchef.|Er wordt op een later tijdstip een buurtonderzoek gedaan.|De zaak is voorgelegd aan de officier van justitie.]",
	"Bereikbaarheid en vervolg: {ag} [werkt in ploegendienst en is het best bereikbaar na {tijd2} uur|is de komende weken op vakantie|is overdag bereikbaar]. [Een vervolgafspraak is gemaakt voor over twee weken.|{Ag} neemt zelf contact op als er nieuwe informatie is.|De behandelend rechercheur neemt contact op.] [Het zaaknummer is aan {ag} meegegeven.|]",
)

// Closings per kind of registration.
var closings = [3][]tmpl{
	compileAll(
		"[Melder is teruggebeld en geïnformeerd.|Zaak afgedaan ter plaatse.|Einde melding.|Melding afgesloten; bij herhaling opnieuw 112 of 0900-8844 bellen.]",
	),
	compileAll(
		"{Ag} [wenst|wenst geen] schadevergoeding en [wil|wil niet] op de hoogte worden gehouden van de afloop. {Ag} is gewezen op {hulp}. [De aangifte is voorgelezen en ondertekend.|De verklaring is na voorlezing volhard en ondertekend.|De aangifte is digitaal ondertekend.]",
	),
	compileAll(
		"[Einde mutatie.|Mutatie ter informatie voor de wijkagent van {team}.|Afgehandeld, geen verdere actie.]",
	),
}
