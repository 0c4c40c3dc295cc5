package synth

// Word lists for the slot fillers. Names are common Dutch names of many origins, as in any
// Dutch police region; they play no part in the labels.

var firstNamesM = []string{
	"Jan", "Pieter", "Kees", "Mark", "Dennis", "Sander", "Bas", "Ruud", "Henk", "Gerrit",
	"Mohamed", "Youssef", "Ahmed", "Mustafa", "Hakan", "Emre", "Mehmet", "Rachid", "Bilal",
	"Sem", "Daan", "Lucas", "Milan", "Jayden", "Kevin", "Ricardo", "Romano", "Dwayne",
	"Tomasz", "Piotr", "Marek", "Andrei", "Mihai", "Ali", "Omar", "Sjoerd", "Wouter", "Thijs",
	"Jeroen", "Frank", "Erik", "Stefan", "Nick", "Tim", "Rob", "Willem", "Johan", "Anton",
	"Raj", "Sunil", "Chen", "Wei", "Dimitri", "Yassin", "Noah", "Levi", "Finn", "Jesse",
}

var firstNamesF = []string{
	"Anna", "Sanne", "Lisa", "Femke", "Inge", "Petra", "Marieke", "Ingrid", "Els", "Wilma",
	"Fatima", "Samira", "Nadia", "Khadija", "Aylin", "Elif", "Zeynep", "Sevda", "Yasmina",
	"Emma", "Julia", "Tess", "Sophie", "Noa", "Lotte", "Shanice", "Naomi", "Chantal",
	"Agnieszka", "Katarzyna", "Monika", "Ioana", "Maria", "Priya", "Anjali", "Mei", "Lin",
	"Annemiek", "Joke", "Truus", "Gerda", "Esther", "Miriam", "Rivka", "Sarah", "Hanna",
	"Kim", "Demi", "Romy", "Eva", "Iris", "Linda", "Mandy", "Sharon", "Sylvia", "Yvonne",
}

var lastNames = []string{
	"de Vries", "Jansen", "van den Berg", "Bakker", "Visser", "Smit", "Meijer", "de Boer",
	"Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker",
	"Brouwer", "de Wit", "Dijkstra", "Smits", "de Graaf", "van der Meer", "Kok", "Jacobs",
	"el Amrani", "Bouzid", "el Idrissi", "Benali", "Ouali", "Yilmaz", "Kaya", "Demir",
	"Şahin", "Çelik", "Öztürk", "Doğan", "Kowalski", "Nowak", "Wiśniewski", "Popescu",
	"Ramdin", "Kalloe", "Biharie", "Sitaldin", "Martina", "Pinas", "Rozenblad", "Koster",
	"Cohen", "Levi", "de Jong", "van Dijk", "Hoekstra", "Postma", "Veenstra", "Wang", "Nguyen",
	"Haddou", "Boukhari", "Nijenhuis", "Kuipers", "Schouten", "van Rijn", "Willems", "Claes",
}

var streetStems = []string{
	"Kerk", "Dorps", "School", "Molen", "Stations", "Juliana", "Beatrix", "Wilhelmina",
	"Oranje", "Prins Hendrik", "Vondel", "Rembrandt", "Spinoza", "Tulp", "Linden", "Eiken",
	"Berken", "Kastanje", "Merel", "Vinken", "Lijster", "Zwaluw", "Nieuwe", "Oude", "Hoog",
	"Lange", "Korte", "Burgemeester Visser", "Van Gogh", "Thorbecke", "Erasmus", "Marconi",
	"Kastelen", "Haven", "Markt", "Sluis", "Polder", "Zuider", "Noorder", "Wester", "Ooster",
	"Jan Steen", "Frans Hals", "Anne Frank", "Mandela", "Schubert", "Mozart", "Vivaldi",
	"Tarwe", "Gerst", "Rogge", "Zonnebloem", "Lavendel", "Hyacint", "Magnolia", "Veen",
	"Ijssel", "Maas", "Rijn", "Waal", "Amstel", "Schie", "Dommel", "Roer", "Geul",
}

var streetSuffixes = []string{
	"straat", "straat", "straat", "laan", "laan", "weg", "weg", "singel", "kade", "dreef",
	"gracht", "dijk", "steeg", "boulevard", "straatweg", "dwarsstraat",
}

var months = []string{
	"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
	"september", "oktober", "november", "december",
}

var weekdays = []string{"zondag", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag"}

var colours = []string{
	"zwarte", "witte", "grijze", "zilvergrijze", "donkerblauwe", "blauwe", "rode", "groene",
	"antracietkleurige", "beige", "donkergroene", "bordeauxrode",
}

var carModels = []string{
	"Volkswagen Golf", "Volkswagen Polo", "Opel Corsa", "Opel Astra", "Peugeot 208", "Renault Clio",
	"Toyota Yaris", "Toyota Aygo", "Kia Picanto", "Ford Fiesta", "Ford Focus", "BMW 3-serie",
	"Audi A3", "Audi A4", "Mercedes-Benz C-klasse", "Skoda Octavia", "Tesla Model 3",
	"Volvo V60", "Fiat Panda", "Citroën C3", "Seat Ibiza", "Hyundai i20", "Mercedes Sprinter",
	"Volkswagen Transporter", "Renault Kangoo", "Suzuki Swift", "Nissan Qashqai", "Kia Niro",
}

var bikes = []string{
	"Gazelle damesfiets", "Batavus herenfiets", "Cortina transportfiets", "Sparta elektrische fiets",
	"VanMoof elektrische fiets", "Giant racefiets", "Cube mountainbike", "Stella e-bike",
	"Babboe bakfiets", "omafiets zonder merk", "Trek racefiets", "Qwic e-bike", "Fatbike van het merk Ouxi",
}

var locks = []string{"ringslot", "kettingslot", "beugelslot", "vouwslot", "kabelslot", "ART-2 slot"}

var stolenGoods = []string{
	"een laptop van het merk HP", "een MacBook Air", "een sieradendoos met gouden ringen",
	"een spelcomputer (PlayStation 5)", "ongeveer 300 euro contant geld", "een horloge van het merk Seiko",
	"twee iPads", "een portemonnee met bankpassen", "de autosleutels", "een spiegelreflexcamera van het merk Canon",
	"parfum en sieraden", "een kluisje met paspoorten", "een Nintendo Switch", "een designertas",
	"een telefoon van het merk Samsung", "gereedschap van het merk Makita", "een boormachine en een accuzaag",
	"een collectie munten", "een televisie van het merk LG", "een koptelefoon van het merk Bose",
}

var phones = []string{
	"iPhone 13", "iPhone 15 Pro", "Samsung Galaxy S23", "Samsung Galaxy A54", "Google Pixel 8",
	"Xiaomi Redmi Note 12", "OnePlus 11", "iPhone SE", "Motorola G84", "Oppo A78",
}

var shops = []string{
	"Albert Heijn", "Jumbo", "Lidl", "Aldi", "Kruidvat", "Etos", "HEMA", "Action", "Primark",
	"Zeeman", "MediaMarkt", "Blokker", "Gamma", "Praxis", "Hornbach", "Plus", "Dirk", "Vomar",
	"Coop", "Intertoys", "Xenos", "Hunkemöller", "Bol.com-afhaalpunt",
}

var platforms = []string{
	"Facebook", "Instagram", "TikTok", "WhatsApp", "Snapchat", "X (voorheen Twitter)", "Telegram",
	"YouTube", "Discord", "Reddit",
}

var marketItems = []string{
	"een iPhone", "een PlayStation 5", "een elektrische fiets", "concertkaartjes", "een bankstel",
	"een scooter", "een laptop", "een kinderwagen", "een designertas", "sneakers van het merk Nike",
	"een grasmaaier", "een hondenmand", "een wasmachine", "festivaltickets", "een gitaar",
}

var marketSites = []string{"Marktplaats", "Vinted", "Facebook Marketplace", "2dehands", "Tweakers Vraag & Aanbod"}

var injuries = []string{
	"een bloedneus", "een snee boven het linkeroog", "een blauw oog", "pijn aan de ribben",
	"een gezwollen lip", "schaafwonden aan de handen en knieën", "een hoofdwond",
	"een vermoedelijk gebroken pols", "pijn in de nek", "krassen in het gezicht",
	"een hersenschudding volgens de ambulancebroeders", "een kapotte tand",
}

var hospitals = []string{
	"het ziekenhuis", "de spoedeisende hulp", "de huisartsenpost", "het UMC", "de SEH van het Spaarne Gasthuis",
	"het Maasstad Ziekenhuis", "het Rijnstate", "het Catharina Ziekenhuis", "het Martini Ziekenhuis",
}

var bars = []string{
	"café De Gouden Leeuw", "club Paradiso", "discotheek Fuxx", "café 't Hoekje", "bar Loetje",
	"club Ushuaia", "café De Kroon", "grand café Central", "club Nightlife", "café De Zwaan",
	"shishalounge Palace", "het studentencafé", "de snackbar op het plein", "sportkantine VV Rood-Wit",
}

var builds = []string{"slank", "normaal", "fors", "gedrongen", "atletisch", "tenger"}

var hairs = []string{
	"kort donker haar", "blond haar", "een kaal hoofd", "krullend zwart haar", "rood haar",
	"grijs haar", "een staart", "een capuchon over het hoofd", "een pet op", "een muts op",
}

var clothes = []string{
	"een zwarte jas", "een donkere trainingsbroek", "een grijze hoodie", "een spijkerbroek",
	"witte sneakers", "een blauwe bodywarmer", "een jas van het merk Canada Goose",
	"een Nike-trainingspak", "een groene legerjas", "een beige regenjas", "een geruite blouse",
	"een rode sjaal", "een zwarte rugzak", "een werkbroek met verfvlekken",
}

var weathers = []string{
	"Het was droog en donker.", "Het regende licht.", "Het was schemerig en het waaide hard.",
	"Het was helder weer.", "Er hing mist.", "Het was koud en glad op de weg.",
	"Het was warm en er waren veel mensen op straat.", "Het was druk in de straat.",
}

var weapons = []string{
	"een mes", "een schroevendraaier", "een honkbalknuppel", "een boksbeugel", "een fles",
	"een stuk hout", "een stok", "pepperspray", "een vuurwapenachtig voorwerp",
}

var entries = []string{
	"door het forceren van de achterdeur", "via een open keukenraam", "door het uitboren van de cilinder",
	"door de ruit van de tuindeur in te slaan", "via het balkon", "door middel van flipperen",
	"via een kiepraam op de eerste verdieping", "door het uittrekken van de cilinder van de voordeur",
}

var rooms = []string{"woonkamer", "slaapkamer", "keuken", "zolder", "werkkamer", "kinderkamer", "berging"}

var premises = []string{
	"een bedrijfspand", "de basisschool", "de sportkantine", "een bouwkeet", "het buurthuis",
	"een kapsalon", "een garagebedrijf", "de tandartspraktijk", "een snackbar", "een opslagloods",
	"het kantoor van een woningcorporatie", "een bloemenzaak", "de kinderopvang",
}

// Premises whose names carry a group word; burgled like any other building (a near-miss).
var groupPremises = []string{
	"de moskee", "de synagoge", "de kerk", "het Turks cultureel centrum", "het COC-pand",
	"de Marokkaanse moskeevereniging", "het gebedshuis van de Hindoestaanse gemeenschap",
	"de Poolse supermarkt", "de Joodse basisschool", "de islamitische basisschool",
}

var damages = []string{
	"een ingeslagen ruit", "een bekraste portier", "een afgebroken buitenspiegel",
	"een ingetrapte deur", "een vernielde brievenbus", "lekgestoken banden",
	"een beschadigde motorkap", "een vernield fietsenrek", "een kapotte lantaarnpaal",
}

var helpers = []string{"Slachtofferhulp Nederland", "het Juridisch Loket", "Veilig Thuis", "de wijkagent", "het Sociaal Wijkteam"}
