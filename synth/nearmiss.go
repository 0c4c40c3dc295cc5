package synth

// Near-misses: sentences that carry words a keyword screen looks for, in registrations that
// are not discriminatory. A reviewer must reject them; a screen that flags them costs
// precision. Each is woven into an ordinary narrative.
var nearMisses = compileAll(
	// group words in neutral contexts
	"De [Turkse|Marokkaanse|Poolse|Syrische|Surinaamse|Chinese|Joodse] eigenaar van [de bakkerij|de supermarkt|de kapsalon|het restaurant|de snackbar] op de hoek gaf aan dat er camerabeelden beschikbaar zijn.",
	"{Ag} verklaarde dat {hij} op weg was naar [de moskee|de synagoge|de kerk|het vrijdaggebed|de sjoel|de hindoetempel] toen het voorval plaatsvond; {hij} gaf aan dat dit verder niets met het voorval te maken had.",
	"Getuige, een medewerker van de [Joodse|islamitische|christelijke] basisschool in de straat, verklaarde niets te hebben gezien.",
	"{Ag} gaf aan dat {hij} [homo|lesbisch|biseksueel] is en de verdachte via een datingapp had leren kennen; er zijn geen aanwijzingen dat {zijn} geaardheid een rol speelde bij de diefstal.",
	"De melding kwam van de beheerder van het COC-pand, die geluiden had gehoord bij de buren.",
	"Bij het buurtonderzoek werd gesproken met een Roma-familie die op de woonwagenlocatie verblijft; zij hadden niets gezien.",
	"{Ag} is [rolstoelgebonden|slechtziend|doof] en werd bij het gesprek bijgestaan door {zijn} [begeleider|tolk gebarentaal|dochter].",
	"De bejaarde buurvrouw van {ag}, {leeftijd} jaar oud, had de verdachte weg zien rennen.",
	"{Ag} vertelde dat {hij} [van Marokkaanse|van Turkse|van Surinaamse|van Antilliaanse|van Poolse] afkomst is en in {gemeente} is geboren; dit werd genoteerd in verband met de tolkbehoefte, die er niet bleek te zijn.",
	"Het betrof een zwarte [Audi A4|Volkswagen Golf|BMW 3-serie|Mercedes Vito] met getinte ramen.",
	"Verdachte was gekleed in een zwarte jas, een zwarte broek en zwarte schoenen.",
	// homonyms
	"De hond van {ag} liep [bij het voorval|daarbij] een gebroken poot op en is naar de dierenarts gebracht.",
	"[Zijn|Haar] nicht {ander} was die avond op bezoek en heeft alles gezien.",
	"Verdachte is tijdens de vlucht van de trap geflikkerd en liep een hoofdwond op.",
	"In het restaurant werd [zigeunersaus|een Turkse pizza|een Mongoolse barbecue|Surinaamse roti] geserveerd; de eigenaar had de ruzie bij de kassa gezien.",
	"{Ag} is herstellende van kanker en was daardoor extra geschrokken.",
	"Er werd ook een pot met kleingeld uit de keuken weggenomen.",
	"Onder de weggenomen goederen bevond zich een knuffelaap van de dochter van {ag}.",
	"Het voorval vond plaats bij [café De Zwarte Ruiter|café De Moor|speeltuin Het Apenland|de Jodenbreestraat|restaurant De Zwarte Kat].",
	"De auto van {ag} stond geparkeerd op een invalidenparkeerplaats, waarvoor {hij} een kaart heeft.",
	// general swearing without a group
	"Verdachte schold {ag} uit voor \"[klootzak|kankerlijer|tering|teringlijer|kutwijf|hoerenjong]\" en \"[kut|eikel|kankerhond|sukkel]\"; de scheldwoorden hadden geen betrekking op een bepaalde groep.",
	"Verdachte riep \"[tering|kanker|godverdomme], laat me los\" tijdens de aanhouding.",
	"\"Ik maak je kapot, [kankerlijer|klootzak|kankerhond]\", riep verdachte naar de buurman, met wie al jaren een conflict over de schutting bestaat.",
	"{Ag} hoorde de buurman schreeuwen: \"Rot op met je kankerherrie!\"",
	"Verdachte noemde de parkeercontroleur een \"[kankerlijer|tyfuslijer|klootzak]\" en liep weg.",
	// quoted words in neutral reports
	"Op het spandoek stond de tekst \"[Free Palestine|Stop de oorlog|Bring them home]\"; er werden geen strafbare uitingen gedaan en de demonstratie verliep rustig.",
	"Verdachte verklaarde: \"Ik ben geen racist, ik wilde alleen mijn fiets terug.\" {Ag} bevestigde dat er geen discriminerende opmerkingen waren gemaakt.",
	"{Ag} is gewezen op het netwerk Roze in Blauw, omdat {hij} liever met een collega van dat netwerk in contact wilde komen.",
	"De wijkagent gaf die ochtend voorlichting over discriminatie en racisme aan groep 8 van de basisschool aan de {straat}.",
	"In het gesprek noemde {ag} zichzelf \"een trotse Marokkaanse Nederlander\" en vertelde over {zijn} werk in de zorg.",
	"De [demonstratie van Kick Out Zwarte Piet|Pride-optocht|open dag van de moskee|herdenking bij het Joods monument] in de straat verliep rustig; het voorval stond daar los van.",
	"Melder zei letterlijk: \"Die buurman is gewoon een aardige Turkse man, maar zijn hond blaft de hele nacht.\"",
)
